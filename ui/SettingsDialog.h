// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hookdesk {

class AppContext;
class IngestHost;

// Settings of this window: hosting the ingest API while it is open, and ingest keys.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppContext& context, IngestHost& host, QWidget* parent = nullptr);

private:
    void save();
    void createKey();
    void refreshKeys();

    AppContext& m_context;
    IngestHost& m_host;
    QCheckBox* m_hostIngest = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_ingestError = nullptr;
    QLabel* m_keys = nullptr;
    QLineEdit* m_keyName = nullptr;
    QPushButton* m_createKey = nullptr;
    QLineEdit* m_newKey = nullptr;
    QPushButton* m_copyKey = nullptr;
    QLabel* m_keyMessage = nullptr;
};

} // namespace hookdesk
