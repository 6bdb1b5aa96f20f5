declare const obj: any;

obj.__iterator__ = () => 1; // want "Reserved name '__iterator__'."
