// @dateline/eval: load gold annotations, check them against their texts, score extractions and knowledge bases.
export { checkGoldAgainstText, checkGoldCorpus, checkGoldNames } from "./check-gold";
export { formatDetails, formatKbScores, formatRows, formatScores } from "./format-scores";
export { CORPUS_FILE, GoldFileError, loadGoldArticle, loadGoldCorpus, loadGoldDir } from "./load-gold";
export type { Accuracy, Prf } from "./metrics";
export { normaliseName } from "./names";
export { goldToExtraction, ORACLE_EXTRACTOR } from "./oracle-extraction";
export type { ArticleDetails, ArticleScores, CorpusScores, ScoreRows } from "./score-extraction";
export { scoreExtraction, scoreExtractions, totalScores } from "./score-extraction";
export type { KbActorScores, KbConflictScores, KbEventScores, KbScores } from "./score-kb";
export { scoreKnowledgeBase } from "./score-kb";
