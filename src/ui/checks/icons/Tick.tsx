import SvgIcon, { type SvgIconProps } from '@mui/material/SvgIcon';

/** A tick for a right answer (always beside words: never the only sign). */
export default function Tick(props: SvgIconProps) {
  return (
    <SvgIcon {...props} aria-hidden="true">
      <path d="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z" />
    </SvgIcon>
  );
}
