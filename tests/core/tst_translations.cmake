# SPDX-License-Identifier: GPL-3.0-or-later
# tst_translations runs lupdate over the code to find texts missing from the catalogues.
set_property(TEST tst_translations APPEND PROPERTY ENVIRONMENT "HOOKDESK_LUPDATE=$<TARGET_FILE:Qt6::lupdate>")
