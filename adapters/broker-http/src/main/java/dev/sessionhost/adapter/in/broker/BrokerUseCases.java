package dev.sessionhost.adapter.in.broker;

import dev.sessionhost.application.port.in.broker.AuthenticateHostQuery;
import dev.sessionhost.application.port.in.broker.BrokerHealthQuery;
import dev.sessionhost.application.port.in.broker.CountSessionHostsQuery;
import dev.sessionhost.application.port.in.broker.DeleteSessionHostUseCase;
import dev.sessionhost.application.port.in.broker.GetSessionHostHistoryQuery;
import dev.sessionhost.application.port.in.broker.GetSessionHostQuery;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenUseCase;
import dev.sessionhost.application.port.in.broker.ListHostPoolsQuery;
import dev.sessionhost.application.port.in.broker.ListSessionHostsQuery;
import dev.sessionhost.application.port.in.broker.RecordHeartbeatUseCase;
import dev.sessionhost.application.port.in.broker.RegisterHostUseCase;
import dev.sessionhost.application.port.in.broker.UpdateSessionHostUseCase;

/** The broker's use cases the HTTP API serves. */
public record BrokerUseCases(
    ListHostPoolsQuery pools,
    ListSessionHostsQuery list,
    GetSessionHostQuery get,
    GetSessionHostHistoryQuery history,
    UpdateSessionHostUseCase update,
    DeleteSessionHostUseCase delete,
    IssueRegistrationTokenUseCase tokens,
    RegisterHostUseCase register,
    RecordHeartbeatUseCase heartbeat,
    AuthenticateHostQuery authenticate,
    CountSessionHostsQuery counts,
    BrokerHealthQuery health) {}
