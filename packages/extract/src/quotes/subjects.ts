// The clause subjects of an article in the order they were found, indexed for "the last subject before …".

export interface Subject {
  at: number;
  /** Null for a coordinated subject ("Armenia and Azerbaijan have agreed"): no single speaker. */
  id: string | null;
  person: boolean;
}

/**
 * Subjects in the order they were found, each at the token that ends it. Where a subject starts (`at`) is
 * almost, not quite, in text order (mentions may overlap), but it never lies more than `reach` characters
 * before the end of its token, which is in text order. So a question about the subjects starting in a stretch
 * of text reads only those found near it (two binary searches), and prefix tables answer "the last person
 * before": scanning the whole list for every quotation and pronoun made a long text quadratic.
 */
export class Subjects {
  private readonly list: Subject[] = [];
  /** End of the token each subject was found at: non-decreasing, and always after its `at`. */
  private readonly seen: number[] = [];
  private reach = 0;
  /** For each index, the last index at or before it holding a person (or -1); likewise a named non-person. */
  private readonly lastPersonUpTo: number[] = [];
  private readonly lastOtherUpTo: number[] = [];

  push(subject: Subject, tokenEnd: number): void {
    const i = this.list.length;
    this.list.push(subject);
    this.seen.push(tokenEnd);
    this.reach = Math.max(this.reach, tokenEnd - subject.at);
    this.lastPersonUpTo.push(subject.person ? i : (this.lastPersonUpTo[i - 1] ?? -1));
    this.lastOtherUpTo.push(subject.id && !subject.person ? i : (this.lastOtherUpTo[i - 1] ?? -1));
  }

  /** The first index whose token ends at or after `offset`. */
  private firstSeenFrom(offset: number): number {
    let lo = 0;
    let hi = this.seen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.seen[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The last subject found (in finding order) that starts in [from, to) and passes `test`. */
  lastIn(from: number, to: number, test: (s: Subject) => boolean = () => true): Subject | null {
    // at ≥ from needs seen > from; at < to needs seen < to + reach.
    const lo = this.firstSeenFrom(from);
    for (let i = this.firstSeenFrom(to + this.reach) - 1; i >= lo; i--) {
      const s = this.list[i]!;
      if (s.at >= from && s.at < to && test(s)) return s;
    }
    return null;
  }

  /** The id of the last person subject that starts before `before`. */
  lastPerson(before: number): string | null {
    return this.lastPersonSubject(before)?.id ?? null;
  }

  /** The last person subject before `before`; its id is null for someone the article does not name ("A traveller"). */
  lastPersonSubject(before: number): Subject | null {
    return this.lastSubjectBefore(before, this.lastPersonUpTo, (s) => s.person);
  }

  /** The id of the last organisation or country subject that starts before `before`. */
  lastNonPerson(before: number): string | null {
    return this.lastBefore(before, this.lastOtherUpTo, (s) => !!s.id && !s.person);
  }

  private lastBefore(before: number, upTo: readonly number[], test: (s: Subject) => boolean): string | null {
    return this.lastSubjectBefore(before, upTo, test)?.id ?? null;
  }

  private lastSubjectBefore(before: number, upTo: readonly number[], test: (s: Subject) => boolean): Subject | null {
    // Subjects whose token ends before `before` all start before it: the prefix table answers for them.
    const sure = this.firstSeenFrom(before);
    for (let i = this.firstSeenFrom(before + this.reach) - 1; i >= sure; i--) {
      const s = this.list[i]!;
      if (s.at < before && test(s)) return s;
    }
    const i = upTo[sure - 1] ?? -1;
    return i >= 0 ? this.list[i]! : null;
  }
}
