/** Names the product shows to users and tools. */
export const SOURCE = 'ecs-taskdef';
export const FIX_ALL_KIND = 'source.fixAll.ecs-taskdef';
export const REPOSITORY_URL = 'https://github.com/ecs-taskdef/ecs-taskdef';

/** The page that explains a rule (`docs/rules/<id>.md` in the repository). */
export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
