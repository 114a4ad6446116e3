# SPDX-License-Identifier: GPL-3.0-or-later
# No Secret Service: a session bus address that cannot exist, and no display, so D-Bus cannot
# autolaunch a bus and the failure comes fast. The test sets the same itself for direct runs.
set_property(TEST tst_keychain_missing APPEND PROPERTY ENVIRONMENT
             "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/hookdesk-no-bus" "QT_QPA_PLATFORM=offscreen")
set_property(TEST tst_keychain_missing PROPERTY ENVIRONMENT_MODIFICATION
             "DISPLAY=unset:" "WAYLAND_DISPLAY=unset:")
set_tests_properties(tst_keychain_missing PROPERTIES TIMEOUT 60)
