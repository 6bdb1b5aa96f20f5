// ES2022 class features: private names, static blocks, private `in` checks.
export class Counter {
  #count = 0;
  static #instances = 0;
  static registry = new Map();

  static {
    Counter.#instances = 0;
    Counter.registry.set("default", new Counter());
  }

  #log(message) {
    console.debug(`[counter] ${message}`);
  }

  get #doubled() {
    return this.#count * 2;
  }

  set #value(v) {
    this.#count = v;
  }

  static #create() {
    Counter.#instances++;
    return new Counter();
  }

  increment() {
    this.#count += 1;
    this.#log(`now ${this.#count}, doubled ${this.#doubled}`);
    return this;
  }

  reset() {
    this.#value = 0;
  }

  static isCounter(obj) {
    return #count in obj;
  }

  static make() {
    return Counter.#create();
  }
}
