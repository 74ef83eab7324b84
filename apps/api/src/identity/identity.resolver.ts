import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { bearerToken } from '../auth/viewer.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../common/request-context';
import {
  AcceptInvitationInput,
  CreateApiTokenInput,
  InviteMemberInput,
  LoginInput,
  SetMemberRolesInput,
  UpdateMeInput,
} from './identity.inputs';
import {
  ApiToken,
  ApiTokenPayload,
  AuthPayload,
  Invitation,
  Member,
  Membership,
  User,
} from './identity.types';
import { ApiTokensService } from './api-tokens.service';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { SignInService } from './sign-in.service';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly signIns: SignInService,
    private readonly memberships: MembersService,
    private readonly invites: InvitationsService,
    private readonly tokens: ApiTokensService,
  ) {}

  @Query(() => User, {
    nullable: true,
    description: 'The signed-in person; null when not signed in.',
  })
  me(@CurrentViewer() viewer: Viewer | null) {
    return this.signIns.me(viewer);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password.' })
  login(@Args('input') input: LoginInput, @Context() context: RequestContext) {
    return this.signIns.login(input.email, input.password, context.req.ip ?? 'unknown');
  }

  @Mutation(() => AuthPayload, {
    description:
      'A new access token for the signed-in person, sent with the current one before it ends: the same sign-in, renewed for up to 12 hours after the person signed in; then UNAUTHENTICATED. Not for API tokens.',
  })
  refreshAccessToken(@Context() context: RequestContext) {
    return this.signIns.refresh(bearerToken(context.req.headers.authorization));
  }

  @Mutation(() => AuthPayload, {
    description: 'Joins an organisation with the token of an invitation.',
  })
  acceptInvitation(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: AcceptInvitationInput,
  ) {
    return this.invites.acceptInvitation(viewer, input);
  }

  @Mutation(() => User, { description: "Changes the signed-in person's name or language." })
  updateMe(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMeInput) {
    return this.signIns.updateMe(viewer, input);
  }

  @Query(() => [Member], { description: "An organisation's members; every member may read them." })
  members(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ) {
    return this.memberships.members(viewer, organisationId);
  }

  @Query(() => [Invitation], {
    description: "An organisation's invitations, newest first; tokens are never shown again.",
  })
  invitations(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ) {
    return this.invites.invitations(viewer, organisationId);
  }

  @Mutation(() => Invitation, {
    description: 'Invites a person by e-mail; the token is in this answer only. Valid 14 days.',
  })
  inviteMember(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteMemberInput) {
    return this.invites.inviteMember(viewer, input);
  }

  @Mutation(() => Invitation, { description: 'Revokes an invitation that has not been accepted.' })
  revokeInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.invites.revokeInvitation(viewer, id);
  }

  @Mutation(() => Membership, {
    description: "Replaces a member's roles; an organisation keeps at least one ADMIN.",
  })
  setMemberRoles(@CurrentViewer() viewer: Viewer, @Args('input') input: SetMemberRolesInput) {
    return this.memberships.setMemberRoles(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a member; never the last ADMIN.' })
  removeMember(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.memberships.removeMember(viewer, organisationId, userId);
  }

  @Query(() => [ApiToken], { description: "An organisation's API tokens, newest first." })
  apiTokens(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ) {
    return this.tokens.apiTokens(viewer, organisationId);
  }

  @Mutation(() => ApiTokenPayload, {
    description: 'Creates an API token; the secret is in this answer only.',
  })
  createApiToken(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateApiTokenInput) {
    return this.tokens.createApiToken(viewer, input);
  }

  @Mutation(() => ApiToken, { description: 'Revokes an API token at once.' })
  revokeApiToken(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.tokens.revokeApiToken(viewer, id);
  }
}
