type P = ({ wrapped: true }); // want "ts/consistent-type-definitions"
type PP = (( { twice: true } )); // want "ts/consistent-type-definitions"
export type Gen<T> = ({ // want "ts/consistent-type-definitions"
  value: T;
});
