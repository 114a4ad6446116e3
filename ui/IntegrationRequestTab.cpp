// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrationRequestTab.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookdesk {

IntegrationRequestTab::IntegrationRequestTab(QWidget* parent) : IntegrationSettingsTab(parent)
{
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("JSON"), int(PayloadFormat::Json));
    m_format->addItem(tr("Form (payload=<JSON>)"), int(PayloadFormat::Form));
    m_format->addItem(tr("CloudEvents 1.0 (binary mode)"), int(PayloadFormat::CloudEvents));
    m_formatHint = new QLabel;
    m_formatHint->setObjectName(QStringLiteral("formatHint"));
    m_formatHint->setWordWrap(true);
    m_formatHint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    connect(m_format, &QComboBox::currentIndexChanged, this, &IntegrationRequestTab::updateFormatHint);

    m_http = new QComboBox;
    m_http->setObjectName(QStringLiteral("httpVersionCombo"));
    m_http->addItem(tr("HTTP/1.1"), int(HttpVersion::Http1));
    m_http->addItem(tr("HTTP/2"), int(HttpVersion::Http2));
    m_httpHint = new QLabel;
    m_httpHint->setObjectName(QStringLiteral("httpVersionHint"));
    m_httpHint->setWordWrap(true);
    m_httpHint->setStyleSheet(m_formatHint->styleSheet());
    connect(m_http, &QComboBox::currentIndexChanged, this, &IntegrationRequestTab::updateHttpHint);

    m_headers = new QTableWidget(0, 2);
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setColumnWidth(0, 160);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_empty =
        new QLabel(tr("No custom headers: requests carry only the headers Hookdesk sets. Use Add header "
                      "for one the receiver expects, for example X-Tenant."));
    m_empty->setObjectName(QStringLiteral("headersEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #5f6b7a; padding: 16px;"));

    auto* add = new QPushButton(tr("&Add header"));
    add->setObjectName(QStringLiteral("addHeaderButton"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeHeaderButton"));
    connect(add, &QPushButton::clicked, this, [this]() {
        addRow(QString(), QString());
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
        updateEmptyState();
    });
    connect(m_headers, &QTableWidget::currentCellChanged, this, [this]() { updateEmptyState(); });

    auto* form = new QFormLayout;
    form->addRow(tr("Payload &format:"), m_format);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* headersNote = new QLabel(tr("Custom headers, sent with every request:"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Outside the form: a wrapped label in a form row gets too little height.
    layout->addWidget(m_formatHint);
    layout->addSpacing(8);
    auto* httpForm = new QFormLayout;
    httpForm->addRow(tr("&HTTP version:"), m_http);
    layout->addLayout(httpForm);
    layout->addWidget(m_httpHint);
    layout->addSpacing(8);
    layout->addWidget(headersNote);
    layout->addWidget(m_headers, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);
    updateFormatHint();
    updateHttpHint();
    updateEmptyState();
}

void IntegrationRequestTab::load(const Integration& integration)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(integration.payloadFormat))));
    m_http->setCurrentIndex(qMax(0, m_http->findData(int(integration.httpVersion))));
    m_headers->setRowCount(0);
    for (const auto& [name, value] : integration.customHeaders)
        addRow(QString::fromLatin1(name), QString::fromUtf8(value));
    updateEmptyState();
}

void IntegrationRequestTab::apply(Integration& integration) const
{
    integration.payloadFormat = PayloadFormat(m_format->currentData().toInt());
    integration.httpVersion = HttpVersion(m_http->currentData().toInt());
    integration.customHeaders.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text().trimmed() : QString();
        // A row added and left blank is not a header the administrator meant to send.
        if (name.isEmpty() && value.isEmpty())
            continue;
        integration.customHeaders.append({name.toLatin1(), value.toUtf8()});
    }
}

void IntegrationRequestTab::addRow(const QString& name, const QString& value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
    updateEmptyState();
}

void IntegrationRequestTab::updateEmptyState()
{
    const bool empty = m_headers->rowCount() == 0;
    m_headers->setVisible(!empty);
    m_empty->setVisible(empty);
    m_remove->setEnabled(!empty && m_headers->currentRow() >= 0);
}

void IntegrationRequestTab::updateFormatHint()
{
    switch (PayloadFormat(m_format->currentData().toInt())) {
    case PayloadFormat::Json:
        m_formatHint->setText(tr("The receiver gets the event's JSON as the body (application/json)."));
        break;
    case PayloadFormat::Form:
        m_formatHint->setText(tr("The receiver gets a form (application/x-www-form-urlencoded) whose payload "
                                 "field holds the JSON, as GitHub sends it; the signature covers the form."));
        break;
    case PayloadFormat::CloudEvents:
        m_formatHint->setText(
            tr("The receiver gets the JSON as the body and the event's id, type, source and "
               "time in ce-* headers (CloudEvents 1.0 binary mode)."));
        break;
    }
}

void IntegrationRequestTab::updateHttpHint()
{
    if (HttpVersion(m_http->currentData().toInt()) == HttpVersion::Http1) {
        m_httpHint->setText(tr("Understood by every receiver. Hookdesk opens a connection for each "
                               "request in flight, up to the integration's concurrency limit."));
        return;
    }
    m_httpHint->setText(tr("Every request to the receiver shares one connection, which costs less CPU per "
                           "delivery. A receiver that reads the whole request before it answers may add "
                           "about 40 ms to each one (delayed TCP acknowledgements), so give the integration "
                           "enough requests in flight for the rate it needs. Over https the receiver may "
                           "still choose HTTP/1.1. Over plain http, HTTP/2 is spoken from the first byte: "
                           "choose it only for a receiver known to speak HTTP/2 without TLS (h2c), or every "
                           "delivery fails."));
}

} // namespace hookdesk
