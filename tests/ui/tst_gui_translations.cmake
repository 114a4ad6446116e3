# SPDX-License-Identifier: GPL-3.0-or-later
# The offscreen platform's own screen is 800x600, and Qt keeps a dialog within two thirds of its
# screen: every dialog would be narrower than on any desktop, and German texts cut off for that
# reason alone. This test measures the window on a common desktop screen instead.
set_property(TEST tst_gui_translations APPEND PROPERTY ENVIRONMENT
             "QT_QPA_PLATFORM=offscreen:configfile=${CMAKE_CURRENT_LIST_DIR}/offscreen-1920x1080.json")
