import SvgIcon, { type SvgIconProps } from '@mui/material/SvgIcon';

/** The "opens a list" arrow of a select whose native face is hidden (see FullTextSelect). */
export default function ChevronDown(props: SvgIconProps) {
  return (
    <SvgIcon {...props} aria-hidden="true">
      <path d="M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6z" />
    </SvgIcon>
  );
}
