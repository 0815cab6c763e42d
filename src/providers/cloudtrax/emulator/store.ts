// The CloudTrax emulator's memory: networks, nodes and vouchers that are really created, listed,
// updated and deleted, so the docs' test-harness flow (create a network, list, add a node, update
// it, delete) runs for real. A fresh store holds what the spec's own examples show.
import { matchesLike } from "../../../sandbox/like.js";
import type { Reply } from "../../../sandbox/reply.js";
import { exampleReply, type Spec } from "../../../sandbox/spec.js";
import type { EmulatorKey } from "./auth.js";
import { successReply, type ErrorReply } from "./errors.js";
import { findByCode, someCodeTaken, voucherCodes } from "./voucher-codes.js";

export interface OperationCall {
  path: Record<string, string>;
  query: Record<string, string>;
  body: any;
  key: EmulatorKey;
}

type Network = Record<string, any> & { id: number; name: string };
type StoredNode = { networkId: number; summary: Record<string, any>; details: Record<string, any> };
type Voucher = Record<string, any> & { code: string; users: string[]; duration: number };

const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i;

export function createCloudTraxStore(spec: Spec, now: () => number, errorReply: ErrorReply) {
  // Copies: the store changes what it holds, the spec's examples must stay as documented.
  const example = (path: string, method: string): any => structuredClone(exampleReply(spec, spec.paths[path][method]).body);
  const networks = new Map<number, Network>();
  const nodes = new Map<string, StoredNode>();
  const vouchers = new Map<number, Voucher[]>();

  // Seed: the documented network list (plus the second network the search example names), its
  // nodes, the full details of the node getNode documents, and the vouchers listVouchers shows.
  for (const network of [...example("/network/list", "get").networks, ...example("/network/search", "get").networks]) {
    if (!networks.has(network.id)) networks.set(network.id, { ...newNetworkDefaults(), ...network });
  }
  const [firstNetworkId] = networks.keys();
  const documentedNode = example("/node/{nodeId}", "get");
  for (const [id, summary] of Object.entries<Record<string, any>>(example("/node/network/{networkId}/list", "get").nodes)) {
    nodes.set(id, { networkId: firstNetworkId!, summary, details: summary.mac === documentedNode.mac ? documentedNode : {} });
  }
  vouchers.set(firstNetworkId!, example("/voucher/network/{networkId}/list", "get").vouchers);

  const iso = () => new Date(now()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const nextId = (ids: Iterable<number>) => Math.max(0, ...ids) + 1;
  const visible = (key: EmulatorKey, id: number) => key.kind !== "network" || key.networkId === id;
  const nodesOf = (networkId: number) => [...nodes].filter(([, node]) => node.networkId === networkId);
  const findVouchers = (networkId: number, codes: string[]) => findByCode(vouchers.get(networkId) ?? [], codes);

  function createNetwork({ body }: OperationCall, networkgroupId?: number): Reply {
    // A network name is taken once per account: error 12022 "Name already exists." (the error catalogue).
    if ([...networks.values()].some((n) => n.name === body.name)) return errorReply(403, "NameAlreadyExists", "name", { name: body.name });
    const id = nextId(networks.keys());
    const { password: _, ...visibleFields } = body;
    networks.set(id, { ...newNetworkDefaults(), ...visibleFields, id, network_id: id, ...(networkgroupId ? { networkgroup_id: networkgroupId } : {}) });
    vouchers.set(id, []);
    return { status: 200, body: { id } };
  }

  const handlers: Record<string, (call: OperationCall) => Reply> = {
    createNetwork,
    createNetworkInGroup: (call) => createNetwork(call, Number(call.path.networkgroupId)),
    listNetworks: ({ key }) => ({
      status: 200,
      body: { networks: [...networks.values()].filter((n) => visible(key, n.id)).map(({ timezone: _t, country_code: _c, email: _e, location: _l, ...entry }) => ({ ...entry, node_count: nodesOf(entry.id).length })) },
    }),
    searchNetworks: ({ query, key }) => ({
      status: 200,
      body: { networks: [...networks.values()].filter((n) => visible(key, n.id) && matchesLike(n.name, query.by_name!)).map(({ name, id }) => ({ name, id })) },
    }),
    deleteNetwork: ({ path }) => {
      const id = Number(path.networkId);
      networks.delete(id);
      vouchers.delete(id);
      for (const [nodeId] of nodesOf(id)) nodes.delete(nodeId);
      return successReply("delete_network");
    },

    listNodes: ({ path }) => ({ status: 200, body: { nodes: Object.fromEntries(nodesOf(Number(path.networkId)).map(([id, node]) => [id, node.summary])) } }),
    createNode: ({ path, body, key }) => {
      const networkId = Number(path.networkId);
      if (!MAC.test(body.mac)) return errorReply(403, "MacAddressWrongFormat", "mac", { mac: body.mac, regx: MAC.source });
      const existing = [...nodes].find(([, node]) => node.summary.mac.toLowerCase() === body.mac.toLowerCase());
      if (existing?.[1].networkId === networkId) return errorReply(403, "MacExistsInNetwork", "mac", { mac: body.mac });
      if (existing && key.kind !== "account") return errorReply(403, "MacExistsInOtherNetwork", "mac", { mac: body.mac });
      if (existing && body.confirm_transfer !== true) return errorReply(403, "MacExistsTransferNotConfirmed", "mac", { mac: body.mac });
      if (existing) {
        existing[1].networkId = networkId; // a transfer keeps the node and its id
        return { status: 200, body: { node_id: Number(existing[0]) } };
      }
      const { confirm_transfer: _, ...fields } = body;
      const id = String(nextId([...nodes.keys()].map(Number)));
      // A node that has never checked in: only what the caller said, and down.
      nodes.set(id, { networkId, summary: { description: "", ...fields, down: true, spare: false }, details: {} });
      return { status: 200, body: { node_id: Number(id) } };
    },
    getNode: ({ path }) => {
      const node = nodes.get(path.nodeId!)!;
      return { status: 200, body: { ...node.details, ...node.summary } };
    },
    updateNode: ({ path, body }) => {
      Object.assign(nodes.get(path.nodeId!)!.summary, body);
      return successReply("update_node");
    },
    // The docs' example answers the deletion with the context "update_node"; so does the emulator.
    deleteNode: ({ path }) => {
      nodes.delete(path.nodeId!);
      return successReply("update_node");
    },
    checkNodeMacExists: ({ query }) => {
      if (!MAC.test(query.mac!)) return errorReply(403, "MacAddressWrongFormat", "mac", { mac: query.mac!, regx: MAC.source });
      return { status: 200, body: { node_exists: [...nodes.values()].some((n) => n.summary.mac.toLowerCase() === query.mac!.toLowerCase()) } };
    },

    listVouchers: ({ path }) => ({ status: 200, body: { vouchers: vouchers.get(Number(path.networkId)) ?? [] } }),
    getVoucher: ({ path, query }) => {
      const [voucher] = findVouchers(Number(path.networkId), [query.code!]);
      return voucher ? { status: 200, body: voucher } : errorReply(404, "ElementNotFound", "code");
    },
    createVouchers: ({ path, body }) => {
      const list = vouchers.get(Number(path.networkId))!;
      const existing = list.map((v) => v.code);
      const codes = voucherCodes(body.desired_vouchers.map((wanted: Record<string, any>) => wanted.code), existing);
      // The docs say nothing about a code that is taken; the emulator refuses the whole request.
      if (someCodeTaken(codes, existing)) return errorReply(403, "NameAlreadyExists", "code");
      body.desired_vouchers.forEach((wanted: Record<string, any>, i: number) =>
        list.push({ type: 2, created: iso(), cancelled: false, tx_ids: [], remaining: wanted.duration, status: "unused", ...wanted, users: [], comment: wanted.comment ?? "", code: codes[i]!, duration: wanted.duration }),
      );
      return { status: 200, body: {} };
    },
    updateVouchers: ({ path, body }) => {
      const found = findVouchers(Number(path.networkId), body.vouchers.map((v: Voucher) => v.code));
      if (found.includes(undefined)) return errorReply(403, "ElementNotFound", "code"); // nothing is changed
      body.vouchers.forEach((update: Voucher, i: number) => Object.assign(found[i]!, update, { comment: update.comment ?? "" }));
      return { status: 200 };
    },
    applyVoucherAction: ({ path, body }) => {
      const found = findVouchers(Number(path.networkId), body.vouchers);
      if (found.includes(undefined)) return errorReply(403, "ElementNotFound", "code");
      for (const voucher of found as Voucher[]) applyAction(voucher, path.action!, iso());
      return { status: 200, body: { vouchers: found } };
    },
  };

  return {
    /** The network a call reaches, for the network-key check (13009): from the path, or the node's. */
    networkOf(path: Record<string, string>): number | undefined {
      if (path.networkId !== undefined) return Number(path.networkId);
      if (path.nodeId !== undefined) return nodes.get(path.nodeId)?.networkId;
      return undefined;
    },
    /** Answers from the store, or undefined when the operation answers from the spec's examples. */
    handle(operationId: string, call: OperationCall): Reply | undefined {
      if (call.path.networkId !== undefined && !networks.has(Number(call.path.networkId))) return errorReply(404, "NetworkNotFound", "network");
      if (call.path.nodeId !== undefined && !nodes.has(call.path.nodeId)) return errorReply(404, "AccessPointNotFound", "node", { mac: call.path.nodeId });
      return handlers[operationId]?.(call);
    },
  };
}

function newNetworkDefaults() {
  return { latitude: 0, longitude: 0, down_repeater: 0, down_gateway: 0, spare_nodes: 0 };
}

function applyAction(voucher: Voucher, action: string, now: string): void {
  if (action === "delete") return void (voucher.status = "deleted");
  if (action === "reset") Object.assign(voucher, { users: [], remaining: voucher.duration });
  if (action === "renew" || action === "reset") voucher.created = now;
  voucher.cancelled = false;
  voucher.status = voucher.users.length ? "active" : "unused";
}
