import type { ReasonRule } from './types';

/** The sending server has no PTR record, or one that does not match (RFC 7372 X.7.25). */
export const requireptr: ReasonRule = {
  id: 'requireptr',
  phrases: {
    phrases: [
      // Sisimai reason/requireptr phrase index
      'access denied. ip name lookup failed',
      'all mail servers must have a ptr record with a valid reverse dns entry',
      'bad dns ptr resource record',
      'cannot find your hostname',
      'client host rejected: cannot find your hostname',
      'fix reverse dns for',
      'ips with missing ptr records',
      'no ptr record found.',
      'please get a custom reverse dns name from your isp for your host',
      'ptr record setup',
      'reverse dns failed',
      'reverse dns required',
      'reverse dns validation failed',
      'sender ip reverse lookup rejected',
      'the corresponding forward dns entry does not point to the sending ip',
      'the ip address sending this message does not have a ptr record setup',
      'this system will not accept messages from servers/devices with no reverse dns',
      'unresolvable relay host name',
      'we do not accept mail from hosts with dynamic ip or generic dns ptr-records',
    ],
    ordered: [
      ['domain ', ' mismatches client ip'],
      ['dns lookup failure: ', ' try again later'],
      ['reverse dns lookup for host ', ' failed permanently'],
      ['server access ', ' forbidden by invalid rdns record of your mail server'],
      ['service permits ', ' unverifyable sending ips'],
    ],
  },
};
