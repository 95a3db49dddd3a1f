import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDto, MemberDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { LeaveDialog } from './LeaveDialog';
import { MemberForm } from './MemberForm';
import { MembersGrid } from './MembersGrid';
import { MembersToolbar } from './MembersToolbar';
import { MembersGridController } from './members-grid-controller';
import { useCan } from '../users/AuthContext';

const SEARCH_DEBOUNCE_MS = 250;

/** 会员名册: the roster grid, the member form, and leaving / rejoining. */
export function MembersPage() {
  const api = useApi();
  const mayEdit = useCan()('members.update');
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [selected, setSelected] = useState<MemberDto | null>(null);
  const [editing, setEditing] = useState<{ member: MemberDto | null } | null>(null);
  const [leaving, setLeaving] = useState<MemberDto | null>(null);
  const [pinned, setPinned] = useState<MemberDto | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [groups, setGroups] = useState<GroupDto[]>([]);

  const loadGroups = useCallback(() => {
    api
      .call('groups.list', {})
      .then((gs) => setGroups(gs))
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
  }, [api]);
  useEffect(loadGroups, [loadGroups]);

  const [grid] = useState(
    () =>
      new MembersGridController(api, {
        onTotal: setTotal,
        onPinned: setPinned,
        onError: (error) => setNotice({ kind: 'error', error }),
      }),
  );

  useEffect(() => {
    const timer = setTimeout(() => grid.search(search.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [grid, search]);

  const modalOpen = editing !== null || leaving !== null;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN' && !modalOpen && mayEdit) {
        e.preventDefault();
        setEditing({ member: null });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [modalOpen, mayEdit]);

  /** A member changed on the server: refresh the loaded blocks in place and bring the member into view. */
  function showChanged(member: MemberDto) {
    setSelected(member);
    grid.reveal(member);
    loadGroups();
  }

  async function rejoin() {
    if (!selected) return;
    try {
      const member = await api.call('members.rejoin', { id: selected.id });
      setNotice({ kind: 'ok', key: 'members.rejoinedMessage', values: { name: member.name } });
      showChanged(member);
    } catch (error) {
      setNotice({ kind: 'error', error });
    }
  }

  return (
    <section className="page" aria-labelledby="members-title">
      <header className="page__header">
        <h1 id="members-title" className="page__title">
          {t('members.title')}
        </h1>
        <span className="page__hint">{t('members.keyboardHint')}</span>
      </header>
      <MembersToolbar
        selected={selected}
        total={total}
        search={search}
        onSearch={setSearch}
        onAdd={() => setEditing({ member: null })}
        onEdit={() => selected && setEditing({ member: selected })}
        onLeave={() => selected && setLeaving(selected)}
        onRejoin={() => void rejoin()}
        onRefresh={() => {
          grid.refresh();
          loadGroups();
        }}
      />
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="members-notice" />
      <MembersGrid
        datasource={grid.datasource}
        pinned={pinned}
        onReady={(api) => grid.attach(api)}
        onOpen={(member) => mayEdit && setEditing({ member })}
        onSelect={(member) => {
          if (member) setSelected(member);
        }}
        onViewChanged={() => grid.viewChanged()}
      />
      {editing ? (
        <MemberForm
          key={editing.member?.id ?? 'new'}
          member={editing.member}
          groups={groups}
          onGroupCreated={(g) => {
            setGroups((gs) => [...gs, g]);
            setNotice({ kind: 'ok', key: 'members.form.groupCreated', values: { name: g.name } });
          }}
          onSaved={(member) => {
            setEditing(null);
            setNotice({ kind: 'ok', key: 'members.saved', values: { name: member.name, memberNo: member.memberNo } });
            showChanged(member);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {leaving ? (
        <LeaveDialog
          member={leaving}
          onCancel={() => setLeaving(null)}
          onDone={(member) => {
            setLeaving(null);
            setNotice({
              kind: 'ok',
              key: 'members.leftMessage',
              values: { name: member.name, date: member.leaveDate ?? '' },
            });
            showChanged(member);
          }}
        />
      ) : null}
    </section>
  );
}
