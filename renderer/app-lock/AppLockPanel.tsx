/** Settings → "Khóa ứng dụng": turn the lock on or off, change the password or the idle time. */
import { Alert, Badge, Button, Group, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, callApi, LOCKED_EVENT } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifyError } from '../components/notify';
import { notifications } from '@mantine/notifications';
import { RecoveryCodeModal } from './RecoveryCodeModal';

const idleChoices = [
  { value: '0', label: 'Không tự khóa' },
  { value: '5', label: 'Sau 5 phút không dùng' },
  { value: '10', label: 'Sau 10 phút không dùng' },
  { value: '15', label: 'Sau 15 phút không dùng' },
  { value: '30', label: 'Sau 30 phút không dùng' },
  { value: '60', label: 'Sau 60 phút không dùng' },
];

function fieldsOf(err: unknown): Record<string, string> {
  return err instanceof ApiError ? (err.value.fields ?? {}) : {};
}

export function AppLockPanel() {
  const status = useApiQuery('lock.status', {});
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [idle, setIdle] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);

  const s = status.data;
  const idleValue = idle ?? String(s?.idleMinutes || 10);

  function clear() {
    setCurrent('');
    setPassword('');
    setRepeat('');
    setErrors({});
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setErrors({});
    try {
      await action();
    } catch (err) {
      const fields = fieldsOf(err);
      if (Object.keys(fields).length) setErrors(fields);
      else notifyError(err);
    } finally {
      setBusy(false);
      status.reload();
    }
  }

  function enable(e: FormEvent) {
    e.preventDefault();
    if (password !== repeat) return setErrors({ repeat: 'Hai lần nhập mật khẩu không giống nhau.' });
    void run(async () => {
      const r = await callApi('lock.enable', { password, idleMinutes: Number(idleValue) });
      clear();
      setCode(r.recoveryCode);
    });
  }

  function change(e: FormEvent) {
    e.preventDefault();
    if (password && password !== repeat) return setErrors({ repeat: 'Hai lần nhập mật khẩu mới không giống nhau.' });
    void run(async () => {
      await callApi('lock.change', { currentPassword: current, newPassword: password || undefined, idleMinutes: Number(idleValue) });
      clear();
      notifications.show({ color: 'green', title: 'Đã lưu', message: 'Đã lưu cài đặt khóa ứng dụng.' });
    });
  }

  function disable() {
    void run(async () => {
      await callApi('lock.disable', { password: current });
      clear();
      notifications.show({ color: 'green', title: 'Đã tắt', message: 'Đã tắt khóa ứng dụng.' });
    });
  }

  if (status.error) return <ErrorPanel message={status.error} onRetry={status.reload} />;
  if (!s) return null;
  return (
    <Stack maw={560}>
      <Group>
        <Text fw={500}>Khóa ứng dụng</Text>
        {s.enabled ? <Badge color="green">Đang bật</Badge> : <Badge color="gray">Đang tắt</Badge>}
      </Group>
      <Text size="sm" c="dimmed">
        Khi bật, ứng dụng hỏi mật khẩu mỗi lần mở và sau một thời gian không dùng, để người khác dùng chung máy không xem được hồ sơ. Mật khẩu không được lưu ở dạng đọc được; nếu quên, chỉ đặt lại được bằng mã khôi phục cấp lúc bật khóa.
      </Text>
      {!s.enabled ? (
        <form onSubmit={enable}>
          <Stack>
            <PasswordInput label="Mật khẩu" description="Ít nhất 6 ký tự" value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password} />
            <PasswordInput label="Nhập lại mật khẩu" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} error={errors.repeat} />
            <Select label="Tự khóa" data={idleChoices} value={idleValue} onChange={setIdle} allowDeselect={false} />
            <Group>
              <Button type="submit" loading={busy} disabled={!password}>
                Bật khóa ứng dụng
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <form onSubmit={change}>
          <Stack>
            <PasswordInput label="Mật khẩu hiện tại" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} error={errors.currentPassword ?? errors.password} />
            <Select label="Tự khóa" data={idleChoices} value={idleValue} onChange={setIdle} allowDeselect={false} />
            <PasswordInput label="Mật khẩu mới (để trống nếu không đổi)" value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.newPassword} />
            <PasswordInput label="Nhập lại mật khẩu mới" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} error={errors.repeat} />
            <Group>
              <Button type="submit" loading={busy} disabled={!current}>
                Lưu thay đổi
              </Button>
              <Button variant="light" color="red" onClick={disable} loading={busy} disabled={!current}>
                Tắt khóa
              </Button>
              <Button variant="default" onClick={() => void callApi('lock.lockNow', {}).then(() => window.dispatchEvent(new Event(LOCKED_EVENT)))}>
                Khóa ngay
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {s.enabled && (
        <Alert color="gray" variant="light">
          Khóa không mã hóa tệp dữ liệu; hãy giữ máy và các bản sao lưu ở nơi an toàn.
        </Alert>
      )}
      {code && <RecoveryCodeModal code={code} onDone={() => setCode(null)} />}
    </Stack>
  );
}
