/**
 * Type-only: tsc fails here when a platform file stops matching its `.d.ts` contract.
 * Nothing imports this file, so it is never bundled.
 */
import type * as ImageSize from './image-size';
import type * as ImageSizeH5 from './image-size.h5';
import type * as ImageSizeWeapp from './image-size.weapp';
import type * as InputFocus from './input-focus';
import type * as InputFocusH5 from './input-focus.h5';
import type * as InputFocusWeapp from './input-focus.weapp';
import type * as Keyboard from './keyboard';
import type * as KeyboardH5 from './keyboard.h5';
import type * as KeyboardWeapp from './keyboard.weapp';
import type * as Login from './login';
import type * as LoginH5 from './login.h5';
import type * as LoginWeapp from './login.weapp';
import type * as OpenPdf from './open-pdf';
import type * as OpenPdfH5 from './open-pdf.h5';
import type * as OpenPdfWeapp from './open-pdf.weapp';
import type * as Pay from './pay';
import type * as PayH5 from './pay.h5';
import type * as PayWeapp from './pay.weapp';
import type * as Phone from './phone';
import type * as PhoneH5 from './phone.h5';
import type * as PhoneWeapp from './phone.weapp';
import type * as PrivacyPrompt from './privacy-prompt';
import type * as PrivacyPromptH5 from './privacy-prompt.h5';
import type * as PrivacyPromptWeapp from './privacy-prompt.weapp';
import type * as PickFile from './pick-file';
import type * as PickFileH5 from './pick-file.h5';
import type * as PickFileWeapp from './pick-file.weapp';
import type * as QrUrl from './qr-url';
import type * as QrUrlH5 from './qr-url.h5';
import type * as QrUrlWeapp from './qr-url.weapp';
import type * as Region from './region';
import type * as RegionH5 from './region.h5';
import type * as RegionWeapp from './region.weapp';
import type * as RootClass from './root-class';
import type * as RootClassH5 from './root-class.h5';
import type * as RootClassWeapp from './root-class.weapp';
import type * as Scan from './scan';
import type * as ScanH5 from './scan.h5';
import type * as ScanWeapp from './scan.weapp';
import type * as SaveFile from './save-file';
import type * as SaveFileH5 from './save-file.h5';
import type * as SaveFileWeapp from './save-file.weapp';
import type * as ScanToken from './scan-token';
import type * as ScanTokenH5 from './scan-token.h5';
import type * as ScanTokenWeapp from './scan-token.weapp';
import type * as MapLink from './map-link';
import type * as MapLinkH5 from './map-link.h5';
import type * as MapLinkWeapp from './map-link.weapp';
import type * as TelLink from './tel-link';
import type * as TelLinkH5 from './tel-link.h5';
import type * as TelLinkWeapp from './tel-link.weapp';
import type * as UploadPreview from './upload-preview';
import type * as UploadPreviewH5 from './upload-preview.h5';
import type * as UploadPreviewWeapp from './upload-preview.weapp';
import type * as Viewport from './viewport';
import type * as ViewportH5 from './viewport.h5';
import type * as ViewportWeapp from './viewport.weapp';

type Implements<Contract, Impl extends Contract> = Impl;

export type PlatformContracts = [
  Implements<typeof ImageSize, typeof ImageSizeH5>,
  Implements<typeof ImageSize, typeof ImageSizeWeapp>,
  Implements<typeof InputFocus, typeof InputFocusH5>,
  Implements<typeof InputFocus, typeof InputFocusWeapp>,
  Implements<typeof Keyboard, typeof KeyboardH5>,
  Implements<typeof Keyboard, typeof KeyboardWeapp>,
  Implements<typeof Login, typeof LoginH5>,
  Implements<typeof Login, typeof LoginWeapp>,
  Implements<typeof OpenPdf, typeof OpenPdfH5>,
  Implements<typeof OpenPdf, typeof OpenPdfWeapp>,
  Implements<typeof Pay, typeof PayH5>,
  Implements<typeof Pay, typeof PayWeapp>,
  Implements<typeof Phone, typeof PhoneH5>,
  Implements<typeof Phone, typeof PhoneWeapp>,
  Implements<typeof PrivacyPrompt, typeof PrivacyPromptH5>,
  Implements<typeof PrivacyPrompt, typeof PrivacyPromptWeapp>,
  Implements<typeof PickFile, typeof PickFileH5>,
  Implements<typeof PickFile, typeof PickFileWeapp>,
  Implements<typeof QrUrl, typeof QrUrlH5>,
  Implements<typeof QrUrl, typeof QrUrlWeapp>,
  Implements<typeof Region, typeof RegionH5>,
  Implements<typeof Region, typeof RegionWeapp>,
  Implements<typeof RootClass, typeof RootClassH5>,
  Implements<typeof RootClass, typeof RootClassWeapp>,
  Implements<typeof SaveFile, typeof SaveFileH5>,
  Implements<typeof SaveFile, typeof SaveFileWeapp>,
  Implements<typeof Scan, typeof ScanH5>,
  Implements<typeof Scan, typeof ScanWeapp>,
  Implements<typeof ScanToken, typeof ScanTokenH5>,
  Implements<typeof ScanToken, typeof ScanTokenWeapp>,
  Implements<typeof MapLink, typeof MapLinkH5>,
  Implements<typeof MapLink, typeof MapLinkWeapp>,
  Implements<typeof TelLink, typeof TelLinkH5>,
  Implements<typeof TelLink, typeof TelLinkWeapp>,
  Implements<typeof UploadPreview, typeof UploadPreviewH5>,
  Implements<typeof UploadPreview, typeof UploadPreviewWeapp>,
  Implements<typeof Viewport, typeof ViewportH5>,
  Implements<typeof Viewport, typeof ViewportWeapp>,
];
