import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { callApi } from '../api/client';
import { navigate } from '../app/router';
import { notifyError } from '../components/notify';
import { showTasks } from './task-filters';

const NOTIFICATION_ID = 'tasks-startup-reminder';
/** Once per run of the app, even if the shell re-mounts (profile saved, development double effects). */
let asked = false;

function reminderText(overdue: number, dueSoon: number): string {
  const parts = [overdue > 0 ? `${overdue} nhiệm vụ quá hạn` : null, dueSoon > 0 ? `${dueSoon} nhiệm vụ đến hạn trong 7 ngày` : null];
  return `Có ${parts.filter(Boolean).join(', ')}`;
}

/**
 * On start, one reminder of what is late or due within the week — the office's daily
 * follow-up starts there. Renders nothing itself; the reminder is a notification.
 */
export function StartupReminder() {
  useEffect(() => {
    if (asked) return;
    asked = true;
    callApi('home.summary', {})
      .then((summary) => {
        const { overdueTasks, dueThisWeek } = summary.counts;
        if (overdueTasks === 0 && dueThisWeek === 0) return;
        const view = overdueTasks > 0 ? 'overdue' : 'week';
        notifications.show({
          id: NOTIFICATION_ID,
          // Bottom-left, over the empty foot of the navigation bar: it stays until dismissed and
          // must not cover the page's own buttons and tabs.
          position: 'bottom-left',
          color: overdueTasks > 0 ? 'red' : 'orange',
          title: 'Nhắc việc',
          autoClose: false,
          message: (
            <Stack gap={6} align="flex-start">
              <Text size="sm">{reminderText(overdueTasks, dueThisWeek)}</Text>
              <Button
                size="compact-sm"
                variant="light"
                color={overdueTasks > 0 ? 'red' : 'orange'}
                onClick={() => {
                  notifications.hide(NOTIFICATION_ID);
                  showTasks({ view });
                  navigate('/tasks');
                }}
              >
                {overdueTasks > 0 ? 'Xem nhiệm vụ quá hạn' : 'Xem nhiệm vụ đến hạn'}
              </Button>
            </Stack>
          ),
        });
      })
      .catch(notifyError);
  }, []);
  return null;
}
