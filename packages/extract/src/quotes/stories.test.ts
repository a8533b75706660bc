// findQuotes on stories unlike the seeds: speakers by name, by role description and through delivery words.
import { describe, expect, it } from "vitest";
import { findEntities } from "../entities/index";
import { contextFor } from "../entities/test-context";
import { CORPORATE, ELECTION, FLOOD, WAR } from "../entities/test-stories";
import { findQuotes } from "./index";

const run = (text: string) => {
  const ctx = contextFor(text, "story");
  return findQuotes(ctx, findEntities(ctx));
};

describe("findQuotes beyond the seeds", () => {
  it("a war story: a named speaker, a spokesman, and 'the NATO chief'", () => {
    const qs = run(WAR);
    expect(qs.map((q) => [q.speakerId, q.delivery])).toEqual([
      ["volodymyr-zelensky", "on Telegram"],
      ["dmitry-peskov", null],
      ["jens-stoltenberg", null],
    ]);
    expect(qs[2]!.speakerText).toBe("the NATO chief said");
    expect(qs.map((q) => q.id)).toEqual(["story#q1", "story#q2", "story#q3"]);
  });

  it("a corporate, an election and a flood story: delivery to analysts, supporters, on television", () => {
    expect(run(CORPORATE).map((q) => [q.speakerId, q.delivery])).toEqual([
      ["tim-cook", "told analysts"],
      ["margrethe-vestager", "at a news conference"],
    ]);
    expect(run(ELECTION).map((q) => [q.speakerId, q.delivery])).toEqual([["javier-milei", "told supporters"]]);
    expect(run(FLOOD)[0]).toMatchObject({ speakerId: "shehbaz-sharif", delivery: "in a televised address" });
  });

  it("makes the subject of 'X, an appositive …, who told' and of 'X, … in Town, Region, said' the next 'he'/'she'", () => {
    const who =
      "Donald Trump said it was a bad deal. Among those freed was Vladimir Kara-Murza, an opposition politician " +
      "serving 25 years for treason, who told reporters in Bonn that prison was hard. " +
      "“I was certain I would die in prison,” he said.";
    expect(run(who).map((q) => q.speakerId)).toEqual(["vladimir-kara-murza"]);
    const tail =
      "Ella Milman said the family had learned of it on Wednesday. Brenda Novak, a neighbour of the family in " +
      "Novi, Michigan, said ribbons had gone up. “We never stopped hoping,” she said.";
    expect(run(tail).map((q) => q.speakerId)).toEqual(["brenda-novak"]);
  });

  it("gives the words to a person named with the body they belong to, and makes that person the next 'he'", () => {
    const member =
      "“It is time to say enough is enough,” Justice Linda Chan of the High Court said as she delivered her ruling.";
    expect(run(member).map((q) => q.speakerId)).toEqual(["linda-chan"]);
    const pronoun =
      "Prime Minister Narendra Modi said India stood ready to help. Bishnu Thapa of the Himalayan Relief Network, " +
      "a Kathmandu charity, said the cold was now the main threat. “Winter is coming to the hills,” he said.";
    expect(run(pronoun).map((q) => q.speakerId)).toEqual(["bishnu-thapa"]);
    // A body that is the speaker's own subject stays the speaker: "the High Court said".
    expect(run("“The petition fails,” the High Court said.").map((q) => q.speakerId)).toEqual(["high-court"]);
  });

  it("reads past an indefinite description holding a relative clause to the person's verb", () => {
    const text =
      "“This is a warning shot,” said Daniel Forsythe, a restructuring lawyer. Zhang Lihua, a teacher in Wuhan " +
      "who paid for a flat in 2019 that is still a concrete shell, said by telephone that she had stopped " +
      "following the case. “I don't care who the liquidators are,” she said.";
    expect(run(text).map((q) => q.speakerId)).toEqual(["daniel-forsythe", "zhang-lihua"]);
  });

  it("reads past an age, a participle's own verbs and a hyphenated adjective to the person's verb", () => {
    const age =
      "Yoon Suk-yeol spoke on television. Park Ji-hoon, 52, a taxi driver who drove to the assembly after watching " +
      "the address, said he had not slept. “My father told me about the tanks,” he said.";
    expect(run(age).map((q) => q.speakerId)).toEqual(["park-ji-hoon"]);
    const participle =
      "“Everybody bought the same insurance,” said Priya Lindqvist, a researcher. At Gatwick Airport, Marcus Obi, " +
      "a 34-year-old engineer trying to get home to Lagos, had been in the terminal since Friday morning. " +
      "“They wrote the gate numbers on a whiteboard,” he said.";
    expect(run(participle).map((q) => q.speakerId)).toEqual(["priya-lindqvist", "marcus-obi"]);
    const compound =
      "Dmitry Shestakov said he had returned every day. Anton Belyavsky, a security analyst at the Moscow-based " +
      "Centre for Urban Safety, said the attack had exposed a gap. “The services are looking west,” he said.";
    expect(run(compound).map((q) => q.speakerId)).toEqual(["anton-belyavsky"]);
  });

  it("keeps the words of someone the article does not name nobody's, and a name owning a subject no speaker", () => {
    const unnamed =
      "Marcus Obi said the screens had gone blank. A traveller at the airport in Atlanta, who did not want to be " +
      "named, said she had slept on the floor. “Nobody could tell us anything,” she said.";
    expect(run(unnamed).map((q) => q.speakerId)).toEqual([null]);
    const owner =
      "Yoon Suk-yeol declared martial law. Jeon Hae-rim, a political scientist, said Yoon's position was close " +
      "to untenable. “He has lost the army,” she said.";
    expect(run(owner).map((q) => q.speakerId)).toEqual(["jeon-hae-rim"]);
  });

  it("reads a family name right after a closing straight quote as the person's", () => {
    const text =
      'Speaker Woo Won-shik opened a plenary session. "We will protect democracy with the people," Woo said.';
    expect(run(text).map((q) => q.speakerId)).toEqual(["woo-won-shik"]);
  });

  it("gives a nickname in quotation marks to nobody", () => {
    const text =
      "Dmitry Peskov said the deal was done. Yevgeny Prigozhin, a former restaurateur whose contracts earned him " +
      "the nickname “Putin's chef”, launched the revolt on Friday.";
    expect(run(text).map((q) => q.speakerId)).toEqual([null]);
  });

  it("names the person before an appositive, after an honorific, and before 'according to' a news agency", () => {
    const appositive =
      "“The toll will rise,” Anna Kowalska, head of the federation's mission in Sudan, told reporters in Geneva.";
    expect(run(appositive).map((q) => q.speakerId)).toEqual(["anna-kowalska"]);
    const honorific = "“We have no beds left,” said Dr Jonas Okello, who runs a clinic in Goma.";
    expect(run(honorific).map((q) => q.speakerId)).toEqual(["jonas-okello"]);
    const agency =
      "The talks were led by Farid Nasser, the security chief. Nasser described the talks as “frank and useful”, according to the state news agency.";
    expect(run(agency).map((q) => q.speakerId)).toEqual(["farid-nasser"]);
    // "According to" media with no one saying the words: no speaker.
    expect(run("The border is “closed for now”, according to local media.").map((q) => q.speakerId)).toEqual([null]);
  });

  it("a quote with no one to attribute it to keeps a null speaker", () => {
    const qs = run("Protesters chanted “no more war” outside the building.");
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: "no more war", speakerId: null, speakerText: null });
  });

  it("a multi-paragraph quotation takes its speaker from its first paragraph", () => {
    const text =
      "President Emmanuel Macron said: “France will stand with its allies.\n“We will not give in to threats,” he added.";
    const qs = run(text);
    expect(qs.map((q) => q.speakerId)).toEqual(["emmanuel-macron", "emmanuel-macron"]);
  });

  it("a quotation standing alone continues the speaker before it; a colon introduces the next paragraph's", () => {
    const text = [
      "“Prices will come down,” central bank governor Andrew Bailey said on Thursday. “We are not there yet.”",
      "Opposition leader Keir Starmer told reporters:",
      "“This government has failed working people.”",
      "“It is a disgrace.”",
    ].join("\n");
    const qs = run(text);
    expect(qs.map((q) => q.speakerId)).toEqual(["andrew-bailey", "andrew-bailey", "keir-starmer", "keir-starmer"]);
  });

  it("does not carry a speaker over a narrator's sentence of its own", () => {
    const text =
      "“We will rebuild,” the mayor, Anna Kowalska, said.\nResidents were sceptical and some chanted “no more promises” in the square.";
    const qs = run(text);
    expect(qs[0]!.speakerId).toBe("anna-kowalska");
    expect(qs[1]!.speakerId).toBeNull();
  });

  it("a company referred to as 'the company' speaks", () => {
    const qs = run("Tesla Inc recalled 2 million cars. “We take safety seriously,” the company said in a statement.");
    expect(qs[0]).toMatchObject({
      speakerId: "tesla-inc",
      speakerText: "the company said",
      delivery: "in a statement",
    });
  });

  it("'it said' goes back to the organisation that spoke; 'according to X' may follow the quotation", () => {
    const text =
      "The Interior Ministry said 40 people had died. It said “rescue work continues through the night.”\n“We have lost everything,” according to resident Samir Haddad.";
    const qs = run(text);
    expect(qs.map((q) => q.speakerId)).toEqual(["interior-ministry", "samir-haddad"]);
  });

  it("a person known by one name becomes a speaker when the name says something", () => {
    const qs = run(
      "“We will not surrender,” said Hemedti on Sunday. Later Hemedti told Al Jazeera that talks had failed.",
    );
    expect(qs[0]).toMatchObject({ speakerId: "hemedti", speakerText: "said Hemedti" });
  });
});

describe("findQuotes: who a sentence's speech verb belongs to", () => {
  it("skips a relative or participial clause between a speaker and the verb", () => {
    const text = [
      "Mehbooba Mufti, who heads the Peoples Democratic Party, said the ruling was “nothing less than a death sentence”.",
      "President Xi Jinping, speaking in Beijing with European Council President Donald Tusk, said the rights “will not be affected”.",
    ].join(" ");
    expect(run(text).map((q) => q.speakerId)).toEqual(["mehbooba-mufti", "xi-jinping"]);
  });

  it("takes 'he' after a subject with a relative clause, and a named source for a later 'she'", () => {
    const text = [
      "Prime Minister Benjamin Netanyahu, who left hospital on Sunday, voted with his coalition.",
      "“We will make every effort,” he said.",
      "According to Nancy Chabot, a scientist at the laboratory, the debris helped. “The ejecta did the work,” she said.",
    ].join(" ");
    expect(run(text).map((q) => q.speakerId)).toEqual(["benjamin-netanyahu", "nancy-chabot"]);
  });

  it("gives a body's spokesperson, government or statement to the body", () => {
    const text = [
      "The International Monetary Fund will meet in Marrakech. An IMF spokesperson said it was “too early” to say.",
      "A lack of coordination “would be counterproductive”, according to a World Health Organization statement.",
    ].join(" ");
    expect(run(text).map((q) => q.speakerId)).toEqual(["international-monetary-fund", "world-health-organization"]);
  });

  it("reads 'the 66-year-old former police chief told' as the person last made a subject", () => {
    const text = [
      "Lai Ching-te won the vote. Hou Yu-ih conceded defeat on Saturday evening.",
      "“I apologise to everyone,” the 66-year-old former police chief told supporters.",
    ].join(" ");
    expect(run(text).map((q) => q.speakerId)).toEqual(["hou-yu-ih"]);
  });
});

describe("a speaker after the verb", () => {
  it("is the person a possessive country owns, not the country", () => {
    const qs = run("“There is no room for any coup d’état in our region,” said Nigeria’s President Bola Tinubu.");
    expect(qs.map((q) => q.speakerId)).toEqual(["bola-tinubu"]);
  });
});

describe("speakers past long descriptions, and speakers the article does not name", () => {
  it("reads past a body's name the tagger took for a verb, and past a second description", () => {
    const text = [
      "Karim Nasrallah, a Syria analyst at the Levant Policy Forum, said the army had melted away.",
      "“Nobody was coming to save him,” he said.",
      "Abu Mohammed al-Jolani, the leader of Hayat Tahrir al-Sham (HTS), the group that spearheaded the advance,",
      "visited the Umayyad Mosque. “This victory is ours,” he told the crowd inside.",
    ].join(" ");
    expect(run(text).map((q) => q.speakerId)).toEqual(["karim-nasrallah", "abu-mohammed-al-jolani"]);
  });

  it("reads a name set off by commas after its description as the subject", () => {
    const text =
      "Less than an hour later the army chief, General Waker-Uz-Zaman, announced her resignation. “The country has suffered a lot,” he said.";
    expect(run(text).map((q) => q.speakerId)).toEqual(["waker-uz-zaman"]);
  });

  it("gives nobody's words to nobody: 'said one freed man'", () => {
    const text =
      "Amnesty International once called the prison a “human slaughterhouse”. “I did not believe it until I saw the sky,” said one freed man, who would not give his name.";
    expect(run(text).map((q) => q.speakerId)).toEqual(["amnesty-international", null]);
  });

  it("keeps the words of an unnamed nun, official or mechanic nobody's", () => {
    const text = [
      "Tomasz Ferreira, a church historian, said the name was a programme.",
      "An elderly nun from Kerala, who would not give her name, had waited in the square. “Francis opened the doors,” she said.",
    ].join(" ");
    expect(run(text).map((q) => q.speakerId)).toEqual([null]);
  });

  it("keeps the words of a bystander from somewhere nobody's: 'said a pensioner from Handlová who …'", () => {
    const text = [
      "US President Joe Biden called the shooting “a horrific act of violence”.",
      "“I heard the bangs and then everybody was screaming,” said a pensioner from Handlová who had come to shake the",
      "prime minister’s hand. “He just fell behind the barrier.”",
    ].join(" ");
    expect(run(text).map((q) => q.speakerId)).toEqual(["joe-biden", null, null]);
  });

  it("finds the subject of a participle past a day between the name and its verb", () => {
    const text =
      "Governor Gavin Newsom on Friday ordered an independent investigation, calling the reports “deeply troubling”.";
    expect(run(text).map((q) => q.speakerId)).toEqual(["gavin-newsom"]);
  });

  it("gives words said in a relative clause to its antecedent", () => {
    const text =
      "Shigeru Ishiba beat Sanae Takaichi. Traders bet that Ishiba would leave the bank freer than Takaichi, who had called a further increase now “stupid”.";
    expect(run(text).map((q) => q.speakerId)).toEqual(["sanae-takaichi"]);
  });

  it("hears a capital as its government past a relative clause", () => {
    const text =
      "Tehran, which with Moscow had kept Assad in power through the war, said the future was “the responsibility of the Syrian people”.";
    expect(run(text).map((q) => q.speakerId)).toEqual(["iran"]);
  });

  it("does not take the one told, urged or asked for a speaker put after the verb", () => {
    const text =
      "Prime Minister Anna Lindqvist said she had told President Weber that she was resigning. " +
      "“I cannot deliver the mandate on which I was elected,” she said. " +
      "The opposition leader, Erik Holm, urged Lindqvist to call an election. “The country needs a vote,” Holm said. " +
      "Holm then asked Lindqvist to stay on as caretaker. “It is the least she owes us,” he said.";
    expect(run(text).map((q) => q.speakerId)).toEqual(["anna-lindqvist", "erik-holm", "erik-holm"]);
  });
});
