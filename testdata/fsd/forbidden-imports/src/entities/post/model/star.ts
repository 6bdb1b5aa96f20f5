export * from '../../user' // want "fsd/forbidden-imports" "fsd/no-cross-imports"
