// Legacy (experimentalDecorators) decorators on classes, members and parameters.
function Component(options: { selector: string }) {
  return <T extends new (...args: any[]) => object>(target: T) => target;
}
function Input(): PropertyDecorator {
  return () => {};
}
function Inject(token: string): ParameterDecorator {
  return () => {};
}
function Log(target: object, key: string | symbol, descriptor: PropertyDescriptor) {
  return descriptor;
}
const decorators = { Sealed: (target: Function) => {} };

@Component({ selector: "app-root" })
@decorators.Sealed
export class AppComponent {
  @Input() title = "app";
  @Input()
  subtitle?: string;

  constructor(@Inject("API_URL") private readonly apiUrl: string) {}

  @Log
  refresh(@Inject("force") force: boolean): void {}

  @Log get url(): string {
    return this.apiUrl;
  }
}
