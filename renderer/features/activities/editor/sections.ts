/** The editor's sections, kept in shared/fields/sections.ts (the completeness outside the editor reads them too). */
export * from '../../../../shared/fields/sections'
