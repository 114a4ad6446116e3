// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hookdesk {

PageHeader::PageHeader(const QString& title, const QString& subtitle, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    auto* heading = new QLabel(title);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    auto* sub = new QLabel(subtitle);
    sub->setWordWrap(true);
    sub->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(heading);
    layout->addWidget(sub);
    layout->addWidget(m_banner);
}

void PageHeader::showError(const QString& message)
{
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; "
                       "border-radius: 4px; padding: 6px; }"));
    m_banner->setText(message);
    m_banner->show();
}

void PageHeader::showInfo(const QString& message)
{
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f4fd; color: #0b4a6f; border: 1px solid #b9dcf5; "
                       "border-radius: 4px; padding: 6px; }"));
    m_banner->setText(message);
    m_banner->show();
}

void PageHeader::clearMessage()
{
    m_banner->clear();
    m_banner->hide();
}

QString PageHeader::message() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

} // namespace hookdesk
