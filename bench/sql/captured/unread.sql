select coalesce(sum(p1_0.unread_count), 0)  from thread_participant p1_0  where p1_0.tenant_id = ?  and p1_0.account_id=?  and p1_0.active=true  and p1_0.archived=false  and p1_0.muted=false;
