// Early error: a private name declared twice in one class.
export class Cache {
  #store = new Map();
  #store = new Map();
}
