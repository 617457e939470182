import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';

const COMMANDS: Record<'zh' | 'en', BotCommand[]> = {
  en: [
    { command: 'ask', description: 'Ask about Local Hosting, Full Hosting, Brand Hosting' },
    { command: 'eligibility', description: 'Check Local Hosting eligibility step by step' },
    { command: 'margin', description: 'Margin calculator: /margin price=29.99 market=DE cost=8' },
    { command: 'autoanswer', description: 'Group admins: /autoanswer on|off' },
    { command: 'help', description: 'What this bot answers' },
  ],
  zh: [
    { command: 'ask', description: '提问：本地托管、全托管、品牌托管' },
    { command: 'eligibility', description: '一步步检查本地托管入驻资格' },
    { command: 'margin', description: '利润计算：/margin price=29.99 market=DE cost=8' },
    { command: 'autoanswer', description: '群管理员：/autoanswer on|off 自动回答' },
    { command: 'help', description: '机器人能回答什么' },
  ],
};

/** Registers the command menu: English by default, Chinese for zh clients. */
export async function setBotCommands(api: Api): Promise<void> {
  await api.setMyCommands(COMMANDS.en);
  await api.setMyCommands(COMMANDS.zh, { language_code: 'zh' });
}
