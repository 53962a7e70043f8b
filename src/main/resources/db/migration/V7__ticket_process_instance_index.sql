-- Delegates find their ticket by the process instance that drives it.
CREATE UNIQUE INDEX ticket_process_instance ON ticket (process_instance_id);
