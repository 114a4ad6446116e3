# SPDX-License-Identifier: GPL-3.0-or-later
# No Secret Service: a session bus that cannot exist, and no display to autolaunch one.
set_property(TEST tst_gui_nokeychain APPEND PROPERTY ENVIRONMENT
             "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/hookdesk-no-bus")
set_property(TEST tst_gui_nokeychain PROPERTY ENVIRONMENT_MODIFICATION "DISPLAY=unset:" "WAYLAND_DISPLAY=unset:")
