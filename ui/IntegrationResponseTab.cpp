// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrationResponseTab.h"

#include "delivery/RunNumber.h"
#include "delivery/TlsSettings.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookdesk {

namespace {

QLabel* noteLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showNote(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #a11;") : QStringLiteral("color: #5f6b7a;"));
    label->setVisible(!text.isEmpty());
}

} // namespace

IntegrationResponseTab::IntegrationResponseTab(QWidget* parent) : IntegrationSettingsTab(parent)
{
    m_runSource = new QComboBox;
    m_runSource->setObjectName(QStringLiteral("runNumberSourceCombo"));
    m_runSource->addItem(tr("Not read"), int(RunNumberSource::None));
    m_runSource->addItem(tr("JSON pointer in the body"), int(RunNumberSource::JsonPointer));
    m_runSource->addItem(tr("Response header"), int(RunNumberSource::Header));
    m_runPath = new QLineEdit;
    m_runPath->setObjectName(QStringLiteral("runNumberPathEdit"));
    m_runNote = noteLabel(QStringLiteral("runNumberNote"));

    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("None: only the system's certificate authorities"));
    m_caFile->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    m_caNote = noteLabel(QStringLiteral("caFileNote"));
    auto* caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    auto* runIntro = noteLabel(QString());
    runIntro->setText(tr("The receiver's own reference for a delivery (e.g. “001”), shown in the queue so "
                         "you can quote it to the receiver's people."));
    runIntro->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto* runForm = new QFormLayout;
    runForm->addRow(tr("&Read from:"), m_runSource);
    runForm->addRow(tr("&Path:"), m_runPath);
    runForm->addRow(QString(), m_runNote);
    auto* runBox = new QGroupBox(tr("Run number"));
    auto* runLayout = new QVBoxLayout(runBox);
    runLayout->addWidget(runIntro);
    runLayout->addLayout(runForm);

    auto* tlsIntro = noteLabel(QString());
    tlsIntro->setText(tr("HTTPS receivers are trusted when a certificate authority of this computer vouches "
                         "for them. For a receiver with its own CA, choose that CA's PEM file: it is "
                         "trusted in addition, for this integration only."));
    tlsIntro->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto* caLabel = new QLabel(tr("&CA file:"));
    caLabel->setBuddy(m_caFile);
    auto* tlsForm = new QFormLayout;
    tlsForm->addRow(caLabel, caRow);
    tlsForm->addRow(QString(), m_caNote);
    auto* tlsBox = new QGroupBox(tr("TLS"));
    auto* tlsLayout = new QVBoxLayout(tlsBox);
    tlsLayout->addWidget(tlsIntro);
    tlsLayout->addLayout(tlsForm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(runBox);
    layout->addWidget(tlsBox);
    layout->addStretch(1);

    connect(m_runSource, &QComboBox::currentIndexChanged, this,
            &IntegrationResponseTab::updateRunNumberField);
    connect(m_runPath, &QLineEdit::textChanged, this, &IntegrationResponseTab::updateRunNumberField);
    connect(m_caFile, &QLineEdit::textChanged, this, &IntegrationResponseTab::updateCaFileNote);
    connect(m_browse, &QPushButton::clicked, this, &IntegrationResponseTab::browse);
    updateRunNumberField();
    updateCaFileNote();
}

RunNumberSource IntegrationResponseTab::source() const
{
    return RunNumberSource(m_runSource->currentData().toInt());
}

void IntegrationResponseTab::load(const Integration& integration)
{
    m_runSource->setCurrentIndex(m_runSource->findData(int(integration.runNumberSource)));
    m_runPath->setText(integration.runNumberPath);
    m_caFile->setText(integration.caFile);
    updateRunNumberField();
    updateCaFileNote();
}

void IntegrationResponseTab::apply(Integration& integration) const
{
    integration.runNumberSource = source();
    integration.runNumberPath =
        integration.runNumberSource == RunNumberSource::None ? QString() : m_runPath->text().trimmed();
    const QString caFile = m_caFile->text().trimmed();
    integration.caFile = caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath();
}

QString IntegrationResponseTab::validate() const
{
    const QString runProblem = RunNumber::validateRule(source(), m_runPath->text().trimmed());
    if (!runProblem.isEmpty())
        return runProblem;
    const QString caFile = m_caFile->text().trimmed();
    if (caFile.isEmpty())
        return {};
    QString caProblem;
    TlsSettings::readCaFile(caFile, &caProblem);
    return caProblem;
}

void IntegrationResponseTab::updateRunNumberField()
{
    const RunNumberSource current = source();
    m_runPath->setEnabled(current != RunNumberSource::None);
    m_runPath->setPlaceholderText(current == RunNumberSource::Header
                                      ? tr("e.g. X-Run-Number")
                                      : tr("e.g. /run/number or /results/0/id"));
    const QString problem = RunNumber::validateRule(current, m_runPath->text().trimmed());
    // An empty header name is only a problem once the administrator saves.
    if (!problem.isEmpty() && !m_runPath->text().trimmed().isEmpty()) {
        showNote(m_runNote, problem, true);
        return;
    }
    switch (current) {
    case RunNumberSource::None:
        showNote(m_runNote, QString(), false);
        break;
    case RunNumberSource::JsonPointer:
        showNote(m_runNote, tr("/run/number reads “001” from {\"run\": {\"number\": \"001\"}}."), false);
        break;
    case RunNumberSource::Header:
        showNote(m_runNote, tr("The header's value; the case of its name does not matter."), false);
        break;
    }
}

void IntegrationResponseTab::updateCaFileNote()
{
    const QString caFile = m_caFile->text().trimmed();
    if (caFile.isEmpty()) {
        showNote(m_caNote, QString(), false);
        return;
    }
    QString problem;
    const QList<QSslCertificate> certificates = TlsSettings::readCaFile(caFile, &problem);
    if (!problem.isEmpty()) {
        showNote(m_caNote, problem, true);
        return;
    }
    QStringList names;
    for (const QSslCertificate& certificate : certificates)
        names.append(certificate.subjectDisplayName());
    showNote(m_caNote,
             (certificates.size() == 1 ? tr("1 certificate found: %1.")
                                       : tr("%1 certificates found: %2.").arg(certificates.size()))
                 .arg(names.join(QStringLiteral(", "))),
             false);
}

void IntegrationResponseTab::browse()
{
    const QString start =
        m_caFile->text().trimmed().isEmpty() ? QString() : QFileInfo(m_caFile->text()).path();
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Choose the receiver's CA file"), start,
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_caFile->setText(chosen);
}

} // namespace hookdesk
