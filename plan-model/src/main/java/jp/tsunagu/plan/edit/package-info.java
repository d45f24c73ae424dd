/**
 * Edits of the content by Tsunagu itself, each worked out before anything is written and given as the files'
 * texts before and after ({@link jp.tsunagu.plan.edit.ContentChange}): {@link jp.tsunagu.plan.edit.PlanImport}
 * writes a department's spreadsheet back into the action plan entries' front matter with the smallest diff, and
 * {@link jp.tsunagu.plan.edit.NewYear} scaffolds the next fiscal year's action plan.
 */
package jp.tsunagu.plan.edit;
