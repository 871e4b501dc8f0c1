import { getProperty, integerValue } from '../model/nodes';
import { keyRange, propRange } from './ranges';
import type { Rule } from './types';
import { containerLabel } from './util/containers';

export const memoryBelowReservation: Rule = {
  id: 'memory-below-reservation',
  severity: 'error',
  title: "A container's memory (hard limit) must not be below its memoryReservation (soft limit).",
  why: 'memory is the hard limit at which the container is killed and memoryReservation the amount reserved for it when the task is placed. Reserving more than the container may ever use makes no sense, and ECS rejects it. Equal values are allowed.',
  check(ctx) {
    const mem = ctx.spell('memory');
    const res = ctx.spell('memoryReservation');
    for (const container of ctx.task.containers) {
      const memProp = getProperty(container.node, 'memory');
      const resProp = getProperty(container.node, 'memoryReservation');
      const memory = integerValue(memProp?.value);
      const reservation = integerValue(resProp?.value);
      if (!memProp || !resProp || memory === undefined || reservation === undefined || memory >= reservation) continue;
      ctx.report({
        range: propRange(memProp),
        message: `${mem} ${memory} MiB is below ${res} ${reservation} MiB in ${containerLabel(container)}: the hard limit must be at least the reservation.`,
        related: [{ ...keyRange(resProp), message: `${res} ${reservation}` }],
      });
    }
  },
};
