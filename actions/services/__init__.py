"""Side effects of taking action, as plain functions: dedupe, counting, emails, waitlists,
moderation, exports and anonymisation. Page mixins and admin views call these; nothing here
renders a page."""
