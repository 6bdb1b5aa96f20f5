// Private names in TypeScript, alongside `private` and `accessor` fields.
export class Session<TUser extends { id: string }> {
  #user: TUser | null = null;
  private readonly startedAt: number = Date.now();
  static #active = new Set<string>();
  accessor timeoutMs = 30_000;
  static accessor defaultTimeout: number = 60_000;

  static {
    Session.#active.clear();
  }

  login(user: TUser): void {
    this.#user = user;
    Session.#active.add(user.id);
  }

  get user(): TUser | null {
    return this.#user;
  }

  #expired(now: number): boolean {
    return now - this.startedAt > this.timeoutMs;
  }

  isExpired(): boolean {
    return this.#expired(Date.now());
  }

  static owns(value: object): value is Session<{ id: string }> {
    return #user in value;
  }
}
