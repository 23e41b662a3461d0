const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });

/** An aid rate in basis points (5000) as a percentage ("50 %"). */
export const formatRate = (basisPoints: number): string => percentFormat.format(basisPoints / 10_000);
