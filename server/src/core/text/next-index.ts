/**
 * The next occurrence of `needle` at or after a position, for positions that never go back: a
 * search is made again only once the position passes the last answer, so however many times it
 * is asked, the text is searched once (a far-away answer, or none, is not searched for again).
 */
export class NextIndex {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(i: number): number {
    if (this.at !== -1 && this.at < i) this.at = this.text.indexOf(this.needle, i);
    return this.at;
  }
}
