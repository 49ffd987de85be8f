// An ordered list of named rules, after markdown-it's Ruler: a rule is put before or
// after another by name, and switched off or on by name, so a chain can be read,
// reordered and measured one rule at a time.

export interface RuleEntry<T> {
  name: string;
  rule: T;
  enabled: boolean;
}

export class Ruler<T> {
  private readonly entries: RuleEntry<T>[] = [];

  /** Adds a rule at the end. */
  push(name: string, rule: T): this {
    this.insert(this.entries.length, name, rule);
    return this;
  }

  /** Adds a rule right before the rule named `existing`. */
  before(existing: string, name: string, rule: T): this {
    this.insert(this.indexOf(existing), name, rule);
    return this;
  }

  /** Adds a rule right after the rule named `existing`. */
  after(existing: string, name: string, rule: T): this {
    this.insert(this.indexOf(existing) + 1, name, rule);
    return this;
  }

  enable(names: string | string[]): this {
    return this.toggle(names, true);
  }

  disable(names: string | string[]): this {
    return this.toggle(names, false);
  }

  /** The enabled rules with their names, in order. */
  active(): Array<{ name: string; rule: T }> {
    return this.entries.filter((e) => e.enabled).map(({ name, rule }) => ({ name, rule }));
  }

  /** Every rule's name, enabled or not, in order. */
  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  private insert(at: number, name: string, rule: T): void {
    if (this.entries.some((e) => e.name === name)) throw new Error(`Ruler: a rule named "${name}" is already in the list`);
    this.entries.splice(at, 0, { name, rule, enabled: true });
  }

  private toggle(names: string | string[], enabled: boolean): this {
    // every name is checked before any rule changes, so a typo leaves the list as it was
    const indexes = (Array.isArray(names) ? names : [names]).map((name) => this.indexOf(name));
    for (const i of indexes) this.entries[i].enabled = enabled;
    return this;
  }

  private indexOf(name: string): number {
    const i = this.entries.findIndex((e) => e.name === name);
    if (i === -1) throw new Error(`Ruler: no rule named "${name}" (the rules are: ${this.names().join(", ") || "none"})`);
    return i;
  }
}
