import { useEffect, useState } from 'react';
import { loadCommuneIndex, type Commune } from './communes';

/** The commune of an INSEE code, once the list of communes is loaded (undefined meanwhile, or for an unknown code). */
export function useCommune(code: string | null | undefined): Commune | undefined {
  const [commune, setCommune] = useState<Commune | undefined>();
  useEffect(() => {
    if (!code) {
      setCommune(undefined);
      return;
    }
    let current = true;
    loadCommuneIndex().then(
      (communes) => current && setCommune(communes.get(code)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [code]);
  return commune;
}

/**
 * A commune as people name it ("Lyon"), never its INSEE code: while the list loads, or if it cannot, a neutral
 * "commune 69123" stands in.
 */
export function CommuneName({ code }: { code: string }) {
  const commune = useCommune(code);
  return <>{commune ? commune.name : `commune ${code}`}</>;
}
