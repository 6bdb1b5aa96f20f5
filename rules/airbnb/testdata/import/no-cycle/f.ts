export { e } from './e'; // want "Dependency cycle"
