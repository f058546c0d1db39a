/**
 * `@kamtibmas/validators` — zod 4 schemas for every kamtibmas model type, the cross-field rules,
 * bilingual (Indonesian/English) issues and JSON Schema files. zod is a peer dependency.
 *
 * @packageDocumentation
 */

export { LocalDateSchema } from './schemas/LocalDateSchema';
