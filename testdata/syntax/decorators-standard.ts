// TC39 standard decorators: accessor, parenthesised and member-expression decorators, export placement.
function logged<This, Args extends unknown[], Return>(
  target: (this: This, ...args: Args) => Return,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Return>,
) {
  return function (this: This, ...args: Args): Return {
    console.log(`calling ${String(context.name)}`);
    return target.call(this, ...args);
  };
}
function tracked<This, V>(target: ClassAccessorDecoratorTarget<This, V>, context: ClassAccessorDecoratorContext<This, V>) {
  return target;
}
const registry = { register: () => (cls: unknown, ctx: ClassDecoratorContext) => {} };
const decoratorFactories = [logged];

export @registry.register() class Service {
  @tracked accessor state = 0;
  @((decoratorFactories[0]))
  run(): number {
    return this.state;
  }
  @logged static create(): Service {
    return new Service();
  }
}

@registry.register()
export default class DefaultService {}

@registry.register()
class Local {}
export const local = new Local();
