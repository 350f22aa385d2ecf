/** Small readers for synthesised CloudFormation, shared by the infra tests. */

export type Resource = {
  Type: string;
  Properties: Record<string, any>;
  DependsOn?: string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

/**
 * A property as the text it will become, intrinsics shown as `${…}`: e.g. a CSP whose connect-src
 * holds a token reads `… https://${{"Fn::Select":…}}.auth.eu-west-2.amazoncognito.com; …`.
 */
export function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'Fn::Join' in value) {
    const [separator, parts] = (value as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    return parts.map(render).join(separator);
  }
  return `\${${JSON.stringify(value)}}`;
}

/** Every resource a resource needs first: DependsOn, Ref, Fn::GetAtt and Fn::Sub references to other resources. */
function dependencies(resource: Resource, ids: Set<string>): Set<string> {
  const found = new Set<string>(resource.DependsOn ?? []);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string' && ids.has(inner)) found.add(inner);
      else if (key === 'Fn::GetAtt' && Array.isArray(inner) && ids.has(inner[0])) found.add(inner[0]);
      else if (key === 'Fn::Sub') {
        const text = Array.isArray(inner) ? inner[0] : inner;
        for (const [, name] of String(text).matchAll(/\$\{([^}.!]+)[^}]*\}/g)) if (ids.has(name!)) found.add(name!);
        if (Array.isArray(inner)) walk(inner[1]);
      } else walk(inner);
    }
  };
  walk(resource.Properties);
  return found;
}

/** A dependency cycle among a template's resources (CloudFormation refuses those), or undefined. */
export function findCycle(resources: Record<string, Resource>): string[] | undefined {
  const ids = new Set(Object.keys(resources));
  const edges = new Map([...ids].map((id) => [id, dependencies(resources[id]!, ids)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const next of edges.get(id)!) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of ids) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}
