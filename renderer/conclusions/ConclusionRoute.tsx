/**
 * "/conclusions/<id>": loads the document and what its editor needs (profile, units), and swaps
 * in the core's answer when the document is issued or restored.
 */
import { Center, Loader } from '@mantine/core';
import { useState } from 'react';
import type { Conclusion } from '../../shared/conclusions/schema';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { ConclusionEditor } from './ConclusionEditor';

interface Replacement {
  conclusion: Conclusion;
  notice: string | null;
  /** Remounts the editor so it starts from the replaced text, not from what it held. */
  generation: number;
}

export function ConclusionRoute({ id }: { id: string }) {
  const loaded = useApiQuery('conclusions.get', { id }, id);
  const profile = useApiQuery('profile.get', {});
  const units = useApiQuery('units.list', { includeInactive: true });
  const [replacement, setReplacement] = useState<Replacement | null>(null);

  const error = loaded.error ?? profile.error ?? units.error;
  if (error) {
    return (
      <ErrorPanel
        message={error}
        onRetry={() => {
          loaded.reload();
          profile.reload();
          units.reload();
        }}
      />
    );
  }
  const conclusion = replacement?.conclusion ?? loaded.data;
  if (!conclusion || !profile.data || !units.data) {
    return (
      <Center p="xl">
        <Loader aria-label="Đang tải kết luận" />
      </Center>
    );
  }
  return (
    <ConclusionEditor
      key={`${conclusion.id}:${replacement?.generation ?? 0}`}
      conclusion={conclusion}
      profile={profile.data}
      units={units.data}
      notice={replacement?.notice ?? null}
      onReplaced={(next, notice) => setReplacement((old) => ({ conclusion: next, notice, generation: (old?.generation ?? 0) + 1 }))}
    />
  );
}
