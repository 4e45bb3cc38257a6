; Uninstaller page: the data folder (%APPDATA%\Văn phòng Đảng ủy: the database, evidence files,
; backups, logs) is kept unless the user ticks the box. Years of Party records must never go
; with an uninstall by accident; an update (which runs the old uninstaller) never asks.
!ifdef BUILD_UNINSTALLER
  !include nsDialogs.nsh
  !include LogicLib.nsh

  Var vpduDataCheckbox
  Var vpduDeleteData

  ; An update runs the old uninstaller silently (no pages), so this page is never shown then.
  Function un.vpduDataPage
    nsDialogs::Create 1018
    Pop $0
    ${NSD_CreateLabel} 0 0 100% 40u "Dữ liệu của văn phòng (hội nghị, kết luận, sổ văn bản đi, nhiệm vụ, tệp minh chứng và các bản sao lưu) được GIỮ LẠI trên máy, để cài lại là dùng tiếp được."
    Pop $0
    ${NSD_CreateCheckbox} 0 48u 100% 12u "Xóa cả dữ liệu của văn phòng (không khôi phục được)"
    Pop $vpduDataCheckbox
    ${NSD_SetState} $vpduDataCheckbox ${BST_UNCHECKED}
    nsDialogs::Show
  FunctionEnd

  Function un.vpduDataPageLeave
    ${NSD_GetState} $vpduDataCheckbox $vpduDeleteData
  FunctionEnd

  !macro customUnWelcomePage
    !insertmacro MUI_UNPAGE_WELCOME
    UninstPage custom un.vpduDataPage un.vpduDataPageLeave
  !macroend

  !macro customUnInstall
    ${if} $vpduDeleteData == ${BST_CHECKED}
    ${andIfNot} ${isUpdated}
      SetShellVarContext current
      RMDir /r "$APPDATA\${PRODUCT_NAME}"
    ${endIf}
  !macroend
!endif
