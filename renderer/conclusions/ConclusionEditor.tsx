/**
 * One conclusion on screen: a draft to write (fields, body outline, recipients, signature),
 * saved as it is typed, previewed as it will print, issued with a number; or an issued
 * document shown read-only with the way to correct it.
 */
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconEye, IconFileCertificate, IconHistory, IconPencil, IconCopy } from '@tabler/icons-react';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { conclusionKindLabels, type Conclusion } from '../../shared/conclusions/schema';
import type { DocumentProfile } from '../../shared/document/document-parts';
import type { OutlineBlock } from '../../shared/document/outline';
import type { Profile } from '../../shared/profile/schema';
import type { Unit } from '../../shared/units/schema';
import { formatShortDate } from '../../shared/text/party-date';
import { ApiError, callApi } from '../api/client';
import { navigate } from '../app/router';
import { notifyError, notifySaved } from '../components/notify';
import { ConclusionPreview } from './ConclusionPreview';
import { ConclusionActionsMenu } from './ConclusionActionsMenu';
import { savableContent } from './draft-rules';
import { IssueModal, type IssueAttempt } from './IssueModal';
import { errorUnder, fieldErrorsFrom } from './labels';
import { MarksFields } from './MarksFields';
import { OutlineEditor } from './outline-editor/OutlineEditor';
import { RecipientsField } from './RecipientsField';
import { SaveStatus } from './SaveStatus';
import { SignatureFields } from './SignatureFields';
import { TitleFields } from './TitleFields';
import { useConclusionDraft } from './use-conclusion-draft';
import { VersionHistoryDrawer } from './VersionHistoryDrawer';
import { takeNewDraft } from './new-draft-focus';

export function documentProfile(profile: Profile): DocumentProfile {
  return {
    superiorCommittee: profile.superiorCommittee,
    committee: profile.committee,
    place: profile.place,
    issuerAbbreviation: profile.issuerAbbreviation,
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function ConclusionEditor({
  conclusion,
  profile,
  units,
  notice,
  onReplaced,
}: {
  conclusion: Conclusion;
  profile: Profile;
  units: Unit[];
  /** A message from the step that led here ("Đã cấp số 62-TB/ĐU"). */
  notice: string | null;
  /** The core returned a new state of this document (issued, restored): show it afresh. */
  onReplaced: (conclusion: Conclusion, notice: string | null) => void;
}) {
  const readOnly = conclusion.status === 'issued';
  const draft = useConclusionDraft(conclusion, readOnly);
  const { content, change, status, fieldErrors: errors } = draft;
  const [tab, setTab] = useState<string>('edit');
  const [historyOpen, setHistoryOpen] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const docProfile = useMemo(() => documentProfile(profile), [profile]);
  // The editor reads its starting outline once; afterwards the outline flows out of it only.
  const [initialOutline] = useState(content.outline);
  // Just created by "Tạo bản dự thảo": the cursor starts in the body.
  const [focusBody] = useState(() => takeNewDraft(conclusion.id));
  const setOutline = useCallback((outline: OutlineBlock[]) => change((c) => ({ ...c, outline })), [change]);
  const kindLabel = conclusionKindLabels[content.kind];

  async function saveManually() {
    const outcome = await draft.save('manual');
    if (outcome.ok) notifySaved(`Lúc ${new Date().toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false })}; một phiên bản được giữ trong lịch sử.`, 'Đã lưu dự thảo');
    else notifyError(outcome.error);
  }

  async function issue(issueDate: string | undefined, confirmEarlierDate: boolean, notDeskConfirmed: boolean): Promise<IssueAttempt> {
    const saved = await draft.flush();
    if (!saved.ok) {
      setIssuing(false);
      notifyError(saved.error);
      return null;
    }
    try {
      const issued = await callApi('conclusions.issue', { id: conclusion.id, issueDate, confirmEarlierDate, notDeskConfirmed });
      const message = `Đã cấp số ${issued.numberSymbol ?? ''}`;
      notifySaved(message, 'Đã ban hành');
      onReplaced(issued, message);
      return null;
    } catch (err) {
      if (err instanceof ApiError && err.value.code === 'NEEDS_CONFIRMATION') return { confirm: err.value.message };
      const fields = err instanceof ApiError ? err.value.fields : undefined;
      // A refused date is answered in the dialog, on the date.
      if (fields?.issueDate) return { dateError: fields.issueDate };
      if (fields?.notDeskConfirmed) return { deskError: fields.notDeskConfirmed };
      setIssuing(false);
      if (fields) {
        draft.setFieldErrors(fieldErrorsFrom(fields));
        setTab('edit');
      }
      notifyError(err);
      return null;
    }
  }

  async function restore(versionId: string) {
    // The text on screen becomes a version of its own first, so restoring loses nothing.
    const saved = await draft.save('manual');
    if (!saved.ok) throw saved.error;
    const restored = await callApi('conclusions.restoreVersion', { id: conclusion.id, versionId });
    setHistoryOpen(false);
    notifySaved('Nội dung trước khi khôi phục vẫn còn trong lịch sử phiên bản.', 'Đã khôi phục phiên bản');
    onReplaced(restored, null);
  }

  async function restoreUnsaved() {
    const copy = draft.unsaved;
    if (!copy) return;
    try {
      // Through the core, so the restored text is saved and the editor opens on it afresh.
      const saved = await callApi('conclusions.update', { id: conclusion.id, content: savableContent(copy.content), reason: 'manual' });
      draft.discardUnsaved();
      onReplaced(saved, 'Đã khôi phục nội dung chưa lưu lần trước');
    } catch (err) {
      notifyError(err);
    }
  }

  async function createCorrection() {
    setCorrecting(true);
    try {
      const correction = await callApi('conclusions.createCorrection', { id: conclusion.id });
      notifySaved(`Cho văn bản số ${conclusion.numberSymbol ?? ''}`, 'Đã tạo bản đính chính');
      navigate(`/conclusions/${correction.id}`);
    } catch (err) {
      notifyError(err);
      setCorrecting(false);
    }
  }

  // Ctrl+S as in Word, from any box of the draft (the body editor included).
  useHotkeys(readOnly ? [] : [['mod+S', () => void saveManually()]], [], true);

  const fieldsProps = { content, change, errors, readOnly };

  return (
    <Stack gap="md" pb={80}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor
            href="#/conclusions"
            size="sm"
            onClick={(e) => {
              e.preventDefault();
              navigate('/conclusions');
            }}
          >
            <Group gap={4}>
              <IconArrowLeft size={14} />
              Danh sách kết luận
            </Group>
          </Anchor>
          <Group gap="xs">
            <Title order={2}>{readOnly ? `${kindLabel} số ${conclusion.numberSymbol ?? ''}` : `Dự thảo ${kindLabel.toLowerCase()}`}</Title>
            <Badge variant="light" color={readOnly ? 'green' : 'yellow'}>
              {readOnly ? 'Đã ban hành' : 'Dự thảo'}
            </Badge>
            {conclusion.replacesId && (
              <Anchor href={`#/conclusions/${conclusion.replacesId}`} size="sm">
                <Badge variant="outline" color="orange" style={{ cursor: 'pointer' }}>
                  Bản đính chính
                </Badge>
              </Anchor>
            )}
          </Group>
        </Stack>
        <Group gap="sm">
          {!readOnly && <SaveStatus status={status} updatedAt={conclusion.updatedAt} />}
          <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => setHistoryOpen(true)}>
            Lịch sử phiên bản
          </Button>
          <ConclusionActionsMenu conclusion={conclusion} flush={draft.flush} />
          {readOnly ? (
            <Button leftSection={<IconCopy size={16} />} loading={correcting} onClick={() => void createCorrection()}>
              Tạo bản đính chính
            </Button>
          ) : (
            <>
              <Button
                variant="default"
                leftSection={<IconDeviceFloppy size={16} />}
                loading={status.saving}
                title="Lưu ngay (Ctrl+S)"
                onClick={() => void saveManually()}
              >
                Lưu
              </Button>
              <Button leftSection={<IconFileCertificate size={16} />} onClick={() => setIssuing(true)}>
                Ban hành (cấp số)
              </Button>
            </>
          )}
        </Group>
      </Group>

      {draft.unsaved && (
        <Alert color="orange" title="Có nội dung chưa lưu từ lần soạn trước" role="alert">
          <Stack gap="xs">
            <Text size="sm">
              Lần soạn trước (lúc {new Date(draft.unsaved.at).toLocaleString('vi-VN')}) có thay đổi chưa kịp lưu vào dữ liệu. Khôi phục để tiếp tục từ
              nội dung đó, hoặc bỏ qua để giữ bản đã lưu.
            </Text>
            <Group gap="sm">
              <Button size="xs" onClick={() => void restoreUnsaved()}>
                Khôi phục nội dung chưa lưu
              </Button>
              <Button size="xs" variant="default" onClick={draft.discardUnsaved}>
                Bỏ qua
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {readOnly && (
        <Alert color="green" variant="light" title={notice ?? `Đã ban hành: số ${conclusion.numberSymbol ?? ''}`}>
          Số {conclusion.numberSymbol}, ban hành ngày {conclusion.issueDate ? formatShortDate(conclusion.issueDate) : '—'}. Văn bản đã ban hành
          chỉ xem, không sửa được; muốn sửa, hãy tạo bản đính chính (một dự thảo mới thay thế văn bản này).
        </Alert>
      )}
      {!readOnly && status.error && (
        <Alert color="red" variant="light" title="Chưa lưu được" role="alert">
          {status.error} Nội dung đang soạn vẫn còn nguyên trên màn hình; máy sẽ thử lưu lại khi bạn sửa tiếp, hoặc bấm “Lưu”.
        </Alert>
      )}

      {/* display-none, not React's Activity: a hidden Activity tears down the editor's effects,
          and the editor came back with the text the page was opened with. */}
      <Tabs value={tab} onChange={(v) => setTab(v ?? 'edit')} keepMounted keepMountedMode="display-none">
        <Tabs.List>
          <Tabs.Tab value="edit" leftSection={<IconPencil size={16} />}>
            {readOnly ? 'Nội dung' : 'Soạn thảo'}
          </Tabs.Tab>
          <Tabs.Tab value="preview" leftSection={<IconEye size={16} />}>
            Xem trước
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="edit" pt="md">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                <Section title="Tên văn bản và phần mở đầu">
                  <TitleFields {...fieldsProps} />
                </Section>
                <Paper withBorder p="md">
                  <Stack gap="xs">
                    <Title order={4} id="outline-heading">
                      Nội dung kết luận
                    </Title>
                    {!readOnly && (
                      <Text size="xs" c="dimmed">
                        Mỗi đoạn có một kiểu (Mục I, Mục 1., Gạch đầu dòng…); chọn kiểu ở ô “Kiểu đoạn”. Enter tạo đoạn mới; Alt+↑ / Alt+↓ chuyển
                        đoạn lên, xuống.
                      </Text>
                    )}
                    <OutlineEditor initialOutline={initialOutline} readOnly={readOnly} onChange={setOutline} focusFirstEmpty={focusBody} />
                    {errorUnder(errors, 'outline') && (
                      <Text size="sm" c="red">
                        {errorUnder(errors, 'outline')}
                      </Text>
                    )}
                  </Stack>
                </Paper>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <Section title="Người ký">
                  <SignatureFields {...fieldsProps} signers={profile.signers} />
                </Section>
                <Section title="Nơi nhận">
                  <RecipientsField {...fieldsProps} units={units} issuerAbbreviation={profile.issuerAbbreviation} />
                </Section>
                <Section title="Độ khẩn, độ mật">
                  <MarksFields {...fieldsProps} />
                </Section>
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>

        <Tabs.Panel value="preview" pt="md">
          {/* Drawn only while shown: a hidden page re-laid out on every keystroke would slow typing. */}
          {tab === 'preview' && (
            <Paper bg="gray.1" p="md" radius="sm">
              <ConclusionPreview
                content={content}
                profile={docProfile}
                numberSymbol={conclusion.numberSymbol}
                issueDate={conclusion.issueDate}
                status={conclusion.status}
              />
            </Paper>
          )}
        </Tabs.Panel>
      </Tabs>

      {issuing && (
        <IssueModal
          kind={content.kind}
          meetingId={content.meetingId}
          issuerAbbreviation={profile.issuerAbbreviation}
          onClose={() => setIssuing(false)}
          onIssue={issue}
        />
      )}
      {historyOpen && (
        <VersionHistoryDrawer
          conclusionId={conclusion.id}
          profile={docProfile}
          canRestore={!readOnly}
          issuedAs={conclusion.numberSymbol && conclusion.issueDate ? { numberSymbol: conclusion.numberSymbol, issueDate: conclusion.issueDate } : null}
          onClose={() => setHistoryOpen(false)}
          onRestore={restore}
        />
      )}
    </Stack>
  );
}
