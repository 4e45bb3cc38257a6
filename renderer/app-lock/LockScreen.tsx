/** The lock screen: the password, or the recovery code to set a new one. */
import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import { ApiError, callApi, errorMessage } from '../api/client';
import { RecoveryCodeModal } from './RecoveryCodeModal';

type Status = ApiOutput<'lock.status'>;

function fieldError(err: unknown, field: string): string {
  if (err instanceof ApiError) return err.value.fields?.[field] ?? err.value.message;
  return errorMessage(err);
}

export function LockScreen({ onUnlocked }: { onUnlocked: (s: Status) => void }) {
  const [mode, setMode] = useState<'password' | 'recovery'>('password');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [newCode, setNewCode] = useState<string | null>(null);

  async function unlock(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onUnlocked(await callApi('lock.unlock', { password }));
    } catch (err) {
      setError(fieldError(err, 'password'));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  async function reset(e: FormEvent) {
    e.preventDefault();
    if (newPassword !== repeat) {
      setError('Hai lần nhập mật khẩu mới không giống nhau.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setNewCode((await callApi('lock.resetWithCode', { recoveryCode: code, newPassword })).recoveryCode);
    } catch (err) {
      setError(fieldError(err, err instanceof ApiError && err.value.fields?.newPassword ? 'newPassword' : 'recoveryCode'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center h="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w={440} component="main" aria-label="Màn hình khóa">
        <Stack>
          <Title order={2} c="red" ta="center">
            Văn phòng Đảng ủy
          </Title>
          {mode === 'password' ? (
            <form onSubmit={(e) => void unlock(e)}>
              <Stack>
                <Text ta="center">Ứng dụng đang khóa. Nhập mật khẩu để tiếp tục.</Text>
                <PasswordInput label="Mật khẩu" value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={error} autoFocus data-autofocus />
                <Button type="submit" loading={busy} disabled={!password}>
                  Mở khóa
                </Button>
                <Anchor component="button" type="button" size="sm" ta="center" onClick={() => { setMode('recovery'); setError(null); }}>
                  Quên mật khẩu? Dùng mã khôi phục
                </Anchor>
              </Stack>
            </form>
          ) : (
            <form onSubmit={(e) => void reset(e)}>
              <Stack>
                <Text size="sm">Nhập mã khôi phục được cấp khi bật khóa (dạng XXXXX-XXXXX-XXXXX-XXXXX) và đặt mật khẩu mới.</Text>
                <TextInput label="Mã khôi phục" value={code} onChange={(e) => setCode(e.currentTarget.value)} autoFocus />
                <PasswordInput label="Mật khẩu mới" value={newPassword} onChange={(e) => setNewPassword(e.currentTarget.value)} description="Ít nhất 6 ký tự" />
                <PasswordInput label="Nhập lại mật khẩu mới" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} />
                {error && (
                  <Text c="red" size="sm" role="alert">
                    {error}
                  </Text>
                )}
                <Button type="submit" loading={busy} disabled={!code || !newPassword}>
                  Đặt mật khẩu mới
                </Button>
                <Anchor component="button" type="button" size="sm" ta="center" onClick={() => { setMode('password'); setError(null); }}>
                  Quay lại nhập mật khẩu
                </Anchor>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
      {newCode && (
        <RecoveryCodeModal
          code={newCode}
          onDone={() => {
            setNewCode(null);
            void callApi('lock.status', {}).then(onUnlocked);
          }}
        />
      )}
    </Center>
  );
}
