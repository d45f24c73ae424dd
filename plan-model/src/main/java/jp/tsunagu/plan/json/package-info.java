/**
 * JSON export of the plan model, kept apart from the model types the way java.time keeps Jackson out of its
 * types: {@link jp.tsunagu.plan.json.PlanJson} writes a whole {@link jp.tsunagu.plan.PlanModel} as JSON, and
 * {@code plan.schema.json} in this package (JSON Schema draft 2020-12) describes that JSON.
 * <p>
 * Nothing in {@code jp.tsunagu.plan} depends on this package.
 */
package jp.tsunagu.plan.json;
