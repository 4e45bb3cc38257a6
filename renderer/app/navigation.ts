import {
  IconArrowsExchange,
  IconChecklist,
  IconFileText,
  IconHome,
  IconInbox,
  IconSettings,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  path: string;
  label: string;
  icon: Icon;
}

/** The sections of the app, in the office's own words. */
export const navItems: NavItem[] = [
  { path: '/', label: 'Trang chủ', icon: IconHome },
  { path: '/meetings', label: 'Hội nghị', icon: IconUsersGroup },
  { path: '/conclusions', label: 'Kết luận', icon: IconFileText },
  { path: '/tasks', label: 'Nhiệm vụ', icon: IconChecklist },
  { path: '/register', label: 'Văn bản đi', icon: IconInbox },
  { path: '/exchange', label: 'Trao đổi dữ liệu', icon: IconArrowsExchange },
  { path: '/settings', label: 'Cài đặt', icon: IconSettings },
];

export function activeNavPath(path: string): string {
  let section = `/${(path.split('?')[0] ?? '').split('/').filter(Boolean)[0] ?? ''}`;
  // Importing old conclusions belongs to the Kết luận section.
  if (section === '/import') section = '/conclusions';
  return navItems.some((n) => n.path === section) ? section : '/';
}
