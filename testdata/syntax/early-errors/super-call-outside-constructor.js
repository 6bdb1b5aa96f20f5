// Early error: `super()` outside a derived class constructor.
export class Base {
  static create() {
    super();
  }
}
