// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "ingest/IngestHost.h"
#include "service/AppContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookdesk {

namespace {

QLabel* errorLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a11;"));
    label->hide();
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppContext& context, IngestHost& host, QWidget* parent)
    : QDialog(parent), m_context(context), m_host(host)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);

    auto* ingestBox = new QGroupBox(tr("Ingest API"));
    m_hostIngest = new QCheckBox(tr("Host the ingest API while the window is open"));
    m_hostIngest->setObjectName(QStringLiteral("hostIngestCheck"));
    m_hostIngest->setChecked(m_host.isRunning() || m_host.enabledInSettings());
    m_address = new QLineEdit(m_host.addressInSettings());
    m_address->setObjectName(QStringLiteral("ingestAddressEdit"));
    m_address->setToolTip(tr("Address and port to listen on, e.g. 127.0.0.1:8787. Only this computer can "
                             "reach a loopback address."));
    auto* explanation = new QLabel(tr("Programs post events to POST /v1/events with “Authorization: Bearer "
                                      "<ingest key>”. Only programs on this computer can reach it."));
    explanation->setWordWrap(true);
    m_ingestError = errorLabel(QStringLiteral("ingestErrorLabel"));
    auto* ingestForm = new QFormLayout;
    ingestForm->addRow(m_hostIngest);
    ingestForm->addRow(tr("Listen on:"), m_address);
    ingestForm->addRow(explanation);
    ingestForm->addRow(m_ingestError);
    ingestBox->setLayout(ingestForm);

    auto* keysBox = new QGroupBox(tr("Ingest keys"));
    m_keys = new QLabel;
    m_keys->setObjectName(QStringLiteral("ingestKeysLabel"));
    m_keys->setWordWrap(true);
    m_keyName = new QLineEdit;
    m_keyName->setObjectName(QStringLiteral("ingestKeyNameEdit"));
    m_keyName->setPlaceholderText(tr("Name, e.g. the program that will post events"));
    m_createKey = new QPushButton(tr("Create key"));
    m_createKey->setObjectName(QStringLiteral("createIngestKeyButton"));
    m_newKey = new QLineEdit;
    m_newKey->setObjectName(QStringLiteral("newIngestKeyEdit"));
    m_newKey->setReadOnly(true);
    m_newKey->hide();
    m_copyKey = new QPushButton(tr("Copy"));
    m_copyKey->setObjectName(QStringLiteral("copyIngestKeyButton"));
    m_copyKey->hide();
    m_keyMessage = new QLabel;
    m_keyMessage->setObjectName(QStringLiteral("ingestKeyMessage"));
    m_keyMessage->setWordWrap(true);
    m_keyMessage->hide();
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_keyName, 1);
    createRow->addWidget(m_createKey);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_newKey, 1);
    keyRow->addWidget(m_copyKey);
    auto* keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keys);
    keysLayout->addLayout(createRow);
    keysLayout->addWidget(m_keyMessage);
    keysLayout->addLayout(keyRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createKey, &QPushButton::clicked, this, &SettingsDialog::createKey);
    connect(m_copyKey, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_newKey->text());
        m_copyKey->setText(tr("Copied"));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ingestBox);
    layout->addWidget(keysBox);
    layout->addStretch();
    layout->addWidget(buttons);
    refreshKeys();
}

void SettingsDialog::refreshKeys()
{
    QString error;
    QStringList names;
    for (const IngestKey& k : m_context.ingestKeys().all(&error))
        names.append(k.name);
    if (!error.isEmpty())
        m_keys->setText(error);
    else if (names.isEmpty())
        m_keys->setText(tr("No ingest key yet: create one for each program that posts events."));
    else
        m_keys->setText(tr("Existing keys: %1. Delete one with hookdesk ingest-key delete NAME.")
                            .arg(names.join(QStringLiteral(", "))));
}

void SettingsDialog::save()
{
    QString error;
    if (!m_host.apply(m_hostIngest->isChecked(), m_address->text(), &error)) {
        m_ingestError->setText(error);
        m_ingestError->show();
        return;
    }
    accept();
}

void SettingsDialog::createKey()
{
    m_createKey->setEnabled(false);
    m_keyMessage->hide();
    QPointer<SettingsDialog> self(this);
    m_context.ingestKeyService().create(
        m_keyName->text().trimmed(), [self](bool ok, const QString& error, const QString& key) {
            if (!self)
                return;
            self->m_createKey->setEnabled(true);
            self->m_keyMessage->show();
            if (!ok) {
                self->m_keyMessage->setStyleSheet(QStringLiteral("color: #a11;"));
                self->m_keyMessage->setText(error);
                return;
            }
            self->m_keyMessage->setStyleSheet(QString());
            self->m_keyMessage->setText(
                tr("Key “%1” created. Copy it now: Hookdesk keeps it in the keychain and does not show it "
                   "again.")
                    .arg(self->m_keyName->text().trimmed()));
            self->m_newKey->setText(key);
            self->m_newKey->show();
            self->m_copyKey->setText(tr("Copy"));
            self->m_copyKey->show();
            self->m_keyName->clear();
            self->refreshKeys();
        });
}

} // namespace hookdesk
