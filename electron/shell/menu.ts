import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The application menu in Vietnamese. Navigation items change the page's hash route. */
export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const go = (route: string) => () => {
    void getWindow()?.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(route)}`);
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        // Alt+Home as in a browser: Ctrl+H is the editor's find and replace, as in Word.
        { label: 'Trang chủ', accelerator: 'Alt+Home', click: go('#/') },
        { label: 'Trao đổi dữ liệu…', click: go('#/exchange') },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Nghiệp vụ',
      submenu: [
        { label: 'Hội nghị', click: go('#/meetings') },
        { label: 'Kết luận', click: go('#/conclusions') },
        { label: 'Nhiệm vụ', click: go('#/tasks') },
        { label: 'Văn bản đi', click: go('#/register') },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Cài đặt và thông tin', click: go('#/settings') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
